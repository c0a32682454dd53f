package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.AwsKitTimeoutException;
import dev.awskit.core.testing.SyncTwins;
import dev.awskit.ssm.command.CommandException;
import dev.awskit.ssm.command.CommandFailedException;
import dev.awskit.ssm.command.CommandTimeoutException;
import dev.awskit.ssm.command.RunCommandHelper;
import dev.awskit.ssm.command.RunCommandHelperSync;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/** The conventions of CONTRIBUTING.md that reflection can check on the ssm module's public types. */
class ApiConventionsTest {

    @Test
    void automationHelper_hasSyncTwinOfEveryAsyncMethod() {
        SyncTwins.assertTwins(SsmAutomationHelper.class, SsmAutomationHelperSync.class);
    }

    @Test
    void runCommandHelper_hasSyncTwinOfEveryAsyncMethod() {
        SyncTwins.assertTwins(RunCommandHelper.class, RunCommandHelperSync.class);
    }

    @Test
    void sync_returnsTheSameViewEveryTime() {
        SsmAsyncClient client = SsmAsyncClient.builder().region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create())
                .build();
        try (client; SsmAutomationHelper automation = SsmAutomationHelper.create(client);
                RunCommandHelper commands = RunCommandHelper.create(client)) {
            assertThat(automation.sync()).isSameAs(automation.sync());
            assertThat(commands.sync()).isSameAs(commands.sync());
        }
    }

    @Test
    void failures_extendTheModuleRoot_andTimeoutsTheCoreTimeout() {
        assertThat(AwsKitSsmException.class).isAssignableFrom(AutomationException.class);
        assertThat(AutomationException.class).isAssignableFrom(AutomationStartException.class);
        assertThat(AutomationException.class).isAssignableFrom(AutomationFailedException.class);
        assertThat(AwsKitSsmException.class).isAssignableFrom(AutomationParameterException.class);
        assertThat(AwsKitSsmException.class).isAssignableFrom(CommandException.class);
        assertThat(CommandException.class).isAssignableFrom(CommandFailedException.class);
        assertThat(AwsKitTimeoutException.class).isAssignableFrom(AutomationTimeoutException.class);
        assertThat(AwsKitTimeoutException.class).isAssignableFrom(CommandTimeoutException.class);
    }

    @Test
    void timeouts_carryTheIdentifyingAccessorsOfTheirModuleFailure() throws NoSuchMethodException {
        assertThat(idAccessor(AutomationException.class, "executionId")).isEqualTo(Optional.class);
        assertThat(idAccessor(AutomationTimeoutException.class, "executionId")).isEqualTo(String.class);
        assertThat(idAccessor(AutomationTimeoutException.class, "documentName")).isEqualTo(Optional.class);
        assertThat(idAccessor(CommandException.class, "commandId")).isEqualTo(Optional.class);
        assertThat(idAccessor(CommandTimeoutException.class, "commandId")).isEqualTo(String.class);
    }

    private static Class<?> idAccessor(Class<?> type, String name) throws NoSuchMethodException {
        Method method = type.getMethod(name);
        return method.getReturnType();
    }
}
