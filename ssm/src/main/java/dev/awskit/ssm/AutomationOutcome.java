package dev.awskit.ssm;

/** What an automation execution status means for a caller waiting on it. */
public enum AutomationOutcome {
    /** The execution ended and succeeded. */
    SUCCESS,
    /** The execution ended and did not succeed. */
    FAILURE,
    /** The execution has not ended: keep waiting. */
    RUNNING
}
