/**
 * Large files through the S3 Transfer Manager: start with
 * {@link dev.awskit.s3.transfer.S3Transfers#create(software.amazon.awssdk.services.s3.S3AsyncClient)} and
 * {@link dev.awskit.s3.transfer.TransferListener#logging()}. Needs the optional dependency
 * {@code software.amazon.awssdk:s3-transfer-manager}.
 */
package dev.awskit.s3.transfer;
