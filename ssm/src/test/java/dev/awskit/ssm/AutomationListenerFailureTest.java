package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.RunbookStep;
import dev.awskit.testkit.ssm.SsmAutomationEmulatorExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/** A listener that throws is logged and ignored: it still hears every later event, and the wait is unharmed. */
class AutomationListenerFailureTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().virtualTime().build();

    @Test
    void run_whenListenerThrowsOnEveryEvent_stillTellsItEveryEventAndSucceeds() {
        List<String> heard = new CopyOnWriteArrayList<>();
        AutomationListener throwing = new AutomationListener() {
            @Override
            public void onStarted(String executionId, String documentName) {
                heard.add("started");
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onStatusChange(String executionId, String previous, String current, int poll) {
                heard.add("status " + current);
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onStepTransition(String executionId, AutomationStep step, String previousStatus) {
                heard.add("step " + step.name() + " " + step.status());
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onFinished(AutomationResult result) {
                heard.add("finished");
                throw new IllegalStateException("listener bug");
            }
        };
        SSM.emulator().register(Runbook.builder("Deploy")
                .step(RunbookStep.builder("build").duration(TestClients.POLL_COST).build()).build());
        try (SsmAsyncClient client = TestClients.lockstep(SSM);
                SsmAutomationHelper helper = TestClients.helper(client).listener(throwing).build()) {

            AutomationResult result = helper.sync().run(r -> r.documentName("Deploy"));

            assertThat(result.status()).isEqualTo("Success");
            // poll 1 sees the step running, poll 2 (a minute later) sees it and the run ended
            assertThat(heard).containsExactly("started", "status InProgress", "step build InProgress",
                    "status Success", "step build Success", "finished");
        }
    }
}
