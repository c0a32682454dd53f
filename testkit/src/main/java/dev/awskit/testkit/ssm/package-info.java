/**
 * The SSM Automation emulator: {@link dev.awskit.testkit.ssm.SsmAutomationEmulator} speaks the SSM wire
 * protocol for the six Automation operations, runs executions on its own clock (wall time or a
 * {@code VirtualTime}) and answers the service model's validation and error codes, so the Java SDK, boto3 or the
 * AWS CLI can drive it.
 *
 * <p>Start with {@link dev.awskit.testkit.ssm.SsmAutomationEmulatorExtension} in a JUnit 5 test, describe
 * documents with {@link dev.awskit.testkit.ssm.Runbook} and {@link dev.awskit.testkit.ssm.RunbookStep}, give the
 * code under test {@link dev.awskit.testkit.ssm.SsmEmulatorPreset}'s short polls, and run the emulator as a
 * process with {@link dev.awskit.testkit.ssm.SsmEmulatorLauncher}.
 */
package dev.awskit.testkit.ssm;
