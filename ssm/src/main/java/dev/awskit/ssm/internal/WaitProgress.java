package dev.awskit.ssm.internal;

import dev.awskit.core.poll.PollAttempt;
import dev.awskit.core.poll.PollListener;
import java.util.Objects;
import software.amazon.awssdk.services.ssm.model.AutomationExecution;
import software.amazon.awssdk.services.ssm.model.GetAutomationExecutionResponse;

/**
 * Turns one wait's poll attempts into status changes, step transitions and log lines, in that order, and counts the
 * polls. The poller calls it one attempt at a time; the counts are read from other threads.
 */
final class WaitProgress implements PollListener<GetAutomationExecutionResponse> {
    private final WaitSettings settings;
    private final String executionId;
    private final StepTracker steps = new StepTracker();
    private volatile int polls;
    private volatile String documentName;
    private String lastStatus;

    WaitProgress(WaitSettings settings, String executionId) {
        this.settings = settings;
        this.executionId = executionId;
    }

    /** @return how many polls were made, failed ones included */
    int polls() {
        return polls;
    }

    /** @return the document named by the last answer, or {@code null} before any answer */
    String documentName() {
        return documentName;
    }

    @Override
    public void onAttempt(PollAttempt<GetAutomationExecutionResponse> attempt) {
        int poll = ++polls;
        if (attempt.response() == null) {
            settings.log().debug("Automation {} poll #{} failed: {}", executionId, poll, ErrorText.name(attempt.error()));
            return;
        }
        AutomationExecution execution = attempt.response().automationExecution();
        documentName = execution.documentName();
        String status = execution.automationExecutionStatusAsString();
        settings.log().debug("Automation {} poll #{}: {}", executionId, poll, status);
        if (!Objects.equals(status, lastStatus)) {
            String previous = lastStatus;
            lastStatus = status;
            settings.log().info("Automation {} ({}): status {}, poll #{}", executionId, documentName, status, poll);
            settings.tell("status change", executionId, l -> l.onStatusChange(executionId, previous, status, poll));
        }
        for (StepTracker.Transition t : steps.update(execution.stepExecutions())) {
            settings.log().info("Automation {} step {} ({}): {}", executionId, t.step().name(), t.step().action(),
                    t.step().status());
            settings.tell("step transition", executionId, l -> l.onStepTransition(executionId, t.step(), t.previous()));
        }
    }
}
