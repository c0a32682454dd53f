/**
 * Test support for code that uses AWS: local emulators as JUnit 5 extensions and faults injected into the SDK.
 *
 * <p>Start with {@link dev.awskit.testkit.MotoExtension} (a moto server per JVM, reset per test, injected as a
 * {@link dev.awskit.testkit.MotoServer} that builds clients for it), {@link dev.awskit.testkit.DynamoDbLocalExtension}
 * (DynamoDB Local in the test JVM; add {@code com.amazonaws:DynamoDBLocal} to your test dependencies) and
 * {@link dev.awskit.testkit.LocalStackExtension} (needs Docker and {@code cloud.localstack:localstack-utils}). Failure
 * paths: {@link dev.awskit.testkit.FaultInjector} throttles, fails, delays or rewrites chosen calls before they leave
 * the client, and {@link dev.awskit.testkit.UnprocessedBatches} holds back part of each DynamoDB batch. The SSM
 * Automation emulator is in {@link dev.awskit.testkit.ssm}.
 */
package dev.awskit.testkit;
