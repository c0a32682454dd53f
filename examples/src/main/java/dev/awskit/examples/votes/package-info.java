/** Seed 002's vote counter: {@link dev.awskit.examples.votes.VoteCounter} on a table from awskit-dynamodb. */
package dev.awskit.examples.votes;
