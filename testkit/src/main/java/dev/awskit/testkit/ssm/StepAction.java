package dev.awskit.testkit.ssm;

import java.util.List;
import java.util.Map;

/**
 * What an emulated step does when it completes, e.g. start an EC2 instance in moto. Runs on an emulator
 * request thread, inside the {@code GetAutomationExecution} call that completes the step.
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
