/**
 * Run SSM Automation documents and wait for them, asynchronously: start with {@link dev.awskit.ssm.SsmAutomationHelper}
 * ({@code SsmAutomationHelper.create(ssmAsyncClient)}), describe a start with
 * {@link dev.awskit.ssm.AutomationRequest} (its client token makes a repeated start return the same execution), tune a
 * wait with {@link dev.awskit.ssm.AwaitOptions}, and read {@link dev.awskit.ssm.AutomationResult}. Blocking callers
 * use {@link dev.awskit.ssm.SsmAutomationHelper#sync()}.
 *
 * <p>Failures are typed under {@link dev.awskit.ssm.AwsKitSsmException}: {@link dev.awskit.ssm.AutomationStartException}
 * (names the client token), {@link dev.awskit.ssm.AutomationFailedException} (status, failure message, failed step),
 * {@link dev.awskit.ssm.AutomationException}; a deadline that passed is an
 * {@link dev.awskit.ssm.AutomationTimeoutException}, an {@link dev.awskit.core.AwsKitTimeoutException}.
 * {@link dev.awskit.ssm.AutomationParameters} turns {@code key=value} tokens or JSON into parameters.
 *
 * <p>Run Command lives in {@link dev.awskit.ssm.command}.
 */
package dev.awskit.ssm;
