/**
 * Seed 003's multi-region Terraform pipelines, read back: start with
 * {@link dev.awskit.examples.tfstate.StateInspector}, which takes release tags
 * ({@link dev.awskit.examples.tfstate.ReleaseTag}, {@code dev_ap-southeast-1/risk/1.0}) and, with the deploy role's
 * credentials, reads each tag's state object and lock item in its own region, all regions at once.
 */
package dev.awskit.examples.tfstate;
