/**
 * S3 event notifications: {@link dev.awskit.s3.event.S3Events#parse(String)} reads an SQS message body (records with
 * URL-decoded keys, {@code s3:TestEvent}, or why it is not an S3 event), and {@link dev.awskit.s3.event.S3EventDrain}
 * drains a queue of them into a handler with bounded parallelism, deleting a message only once it was handled.
 */
package dev.awskit.s3.event;
