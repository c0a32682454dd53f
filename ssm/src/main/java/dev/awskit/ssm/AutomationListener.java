package dev.awskit.ssm;

/**
 * Hears how automation executions progress. Called on the poller's scheduler thread, one call at a time per
 * execution; must return quickly and not block. An exception thrown here is logged and ignored.
 */
public interface AutomationListener {

    /**
     * An execution was started.
     *
     * @param executionId the new execution's id
     * @param documentName the document
     */
    default void onStarted(String executionId, String documentName) {
    }

    /**
     * A poll saw a different execution status than the one before (the first status seen included).
     *
     * @param executionId the execution
     * @param previous the status before, or {@code null} at the first poll
     * @param current the new status
     * @param poll the poll number, from 1
     */
    default void onStatusChange(String executionId, String previous, String current, int poll) {
    }

    /**
     * A step appeared or changed status.
     *
     * @param executionId the execution
     * @param step the step as now seen
     * @param previousStatus its status before, or {@code null} when it first appeared
     */
    default void onStepTransition(String executionId, AutomationStep step, String previousStatus) {
    }

    /**
     * The execution ended, with success or not.
     *
     * @param result how it ended
     */
    default void onFinished(AutomationResult result) {
    }

    /**
     * A listener that does nothing.
     *
     * @return the no-op listener
     */
    static AutomationListener none() {
        return new AutomationListener() {
        };
    }
}
