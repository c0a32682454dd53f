package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.RunbookStep;
import dev.awskit.testkit.ssm.SsmAutomationEmulator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/** A listener that throws is logged and ignored: it still hears every later event, and the wait is unharmed. */
class AutomationListenerFailureTest {

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
        try (SsmAutomationEmulator emulator = SsmAutomationEmulator.start();
                SsmAsyncClient client = TestClients.ssm(emulator.endpoint());
                SsmAutomationHelper helper = TestClients.helper(client).listener(throwing).build()) {
            emulator.register(Runbook.builder("Deploy").step(RunbookStep.builder("build").build()).build());

            AutomationResult result = helper.sync().run(r -> r.documentName("Deploy"));

            assertThat(result.status()).isEqualTo("Success");
            assertThat(heard).startsWith("started").contains("status Success", "step build Success")
                    .endsWith("finished");
            assertThat(heard.indexOf("status Success")).isLessThan(heard.indexOf("step build Success"));
        }
    }
}
