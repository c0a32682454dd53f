/**
 * DynamoDB tables as typed resources, on the AWS SDK's {@code DynamoDbAsyncClient}. Start with
 * {@link dev.awskit.dynamodb.DynamoResource}: it hands out {@link dev.awskit.dynamodb.DynamoTable}s (items of any
 * Jackson-mappable type, keys declared once with {@link dev.awskit.dynamodb.KeySchema}), creates and deletes tables,
 * and runs {@link dev.awskit.dynamodb.Transaction}s. A table reads and writes items, queries and scans (as
 * {@code Publisher}, {@code Stream} or pages with a resumable {@link dev.awskit.dynamodb.Cursor}), writes in bulk
 * through a {@link dev.awskit.dynamodb.BatchWriter}, reads in bulk with {@code batchGet}, and caches items in an
 * {@link dev.awskit.dynamodb.ItemCache}. {@link dev.awskit.dynamodb.PreloadedItems} is the {@code dynamodb} section
 * of a preload file. Expressions live in {@link dev.awskit.dynamodb.expression}.
 *
 * <p>Every type with I/O is asynchronous first, with a {@code sync()} view; every failure is an
 * {@link dev.awskit.dynamodb.AwsKitDynamoDbException} (timeouts an {@link dev.awskit.core.AwsKitTimeoutException}).
 */
package dev.awskit.dynamodb;
