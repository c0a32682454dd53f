/** DynamoDB: batch writes to DynamoDB Local and item mapping, awskit beside plain SDK calls and the Enhanced Client. */
package dev.awskit.benchmarks.dynamodb;
