/**
 * Run Command: send a document to instances, by id or by targets (tags, resource groups), and wait for every
 * invocation. Start with {@link dev.awskit.ssm.command.RunCommandHelper} ({@code RunCommandHelper.create(ssmAsyncClient)})
 * and a {@link dev.awskit.ssm.command.CommandRequest}; read the {@link dev.awskit.ssm.command.CommandResult}, one
 * {@link dev.awskit.ssm.command.CommandInvocation} per instance. Blocking callers use
 * {@link dev.awskit.ssm.command.RunCommandHelper#sync()}.
 *
 * <p>Failures: {@link dev.awskit.ssm.command.CommandFailedException} (every instance's status and output excerpt),
 * {@link dev.awskit.ssm.command.CommandException} (send refused, no instance reached, a poll failed), both under
 * {@link dev.awskit.ssm.AwsKitSsmException}; {@link dev.awskit.ssm.command.CommandTimeoutException} when a deadline
 * passed, an {@link dev.awskit.core.AwsKitTimeoutException}.
 */
package dev.awskit.ssm.command;
