package dev.awskit.testkit.ssm;

import java.util.List;
import java.util.Map;

/**
 * What an emulated step does when it completes, e.g. start an EC2 instance in moto. Runs on the emulator's
 * clock when the step's duration has elapsed: on its scheduler thread with wall time, or inside
 * {@code VirtualTime.advance} with virtual time. No client needs to be polling.
 */
@FunctionalInterface
public interface StepAction {

    /**
     * Runs the step.
     *
     * @param parameters the execution's parameters
     * @return the step's outputs (may be empty)
     * @throws Exception to fail the step; the exception's message becomes the step's failure message
     */
    Map<String, List<String>> run(Map<String, List<String>> parameters) throws Exception;
}
