/** S3: JSON and gzip object overhead and unknown-length uploads, awskit beside the same code on the bare SDK. */
package dev.awskit.benchmarks.s3;
