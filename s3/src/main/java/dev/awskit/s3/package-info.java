/**
 * S3 buckets as resources: start with {@link dev.awskit.s3.S3Bucket#of(software.amazon.awssdk.services.s3.S3AsyncClient,
 * String)} for objects (strings, bytes, JSON, gzip, files, streams of unknown length with bounded memory), listings,
 * prefix deletes, copies and presigned URLs, each bucket in its own region; and
 * {@link dev.awskit.s3.S3Buckets} to list, count and create buckets. Every type has a blocking view through
 * {@code sync()}. Failures are {@link dev.awskit.s3.AwsKitS3Exception}s.
 *
 * <p>S3 event notifications and their SQS queue: {@link dev.awskit.s3.event}. Large files through the S3 Transfer
 * Manager: {@link dev.awskit.s3.transfer}.
 */
package dev.awskit.s3;
