/** Seed 000's gMSA credential spec for a domainless host, with its user in Secrets Manager. */
package dev.awskit.examples.gmsa;
