package dev.awskit.examples.ssmrun;

import dev.awskit.core.json.AwsKitJson;
import dev.awskit.ssm.AutomationFailedException;
import dev.awskit.ssm.AutomationResult;
import dev.awskit.ssm.AutomationStartException;
import dev.awskit.ssm.AutomationStep;
import dev.awskit.ssm.AutomationTimeoutException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints how a run ended, as text or as one JSON object, on standard output. */
final class ResultPrinter {
    private final PrintWriter out;
    private final boolean json;

    ResultPrinter(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void succeeded(AutomationResult result) {
        if (json) {
            write(resultJson(result, "SUCCESS", SsmRunCommand.EXIT_SUCCESS));
            return;
        }
        out.println("Automation " + result.executionId() + " (" + result.documentName() + ") ended with status "
                + result.status() + result.duration().map(d -> " in " + d.toMillis() / 1000.0 + "s").orElse(""));
        printOutputs(result.outputs());
        out.flush();
    }

    void failed(AutomationFailedException failure) {
        AutomationResult result = failure.result();
        if (json) {
            write(resultJson(result, "FAILURE", SsmRunCommand.EXIT_FAILED));
            return;
        }
        out.println("Automation " + result.executionId() + " (" + result.documentName() + ") ended with status "
                + result.status() + failure.failureMessage().map(m -> ": " + m).orElse(""));
        failure.failedStep().ifPresent(step -> out.println("Failed step: " + step.name() + " (" + step.action() + ")"
                + (step.failureType() == null ? "" : " " + step.failureType())
                + (step.failureMessage() == null ? "" : ": " + step.failureMessage())));
        printOutputs(result.outputs());
        out.flush();
    }

    void timedOut(AutomationTimeoutException timeout) {
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("outcome", "TIMED_OUT");
            body.put("exitCode", SsmRunCommand.EXIT_TIMED_OUT);
            body.put("executionId", timeout.executionId());
            body.put("documentName", timeout.documentName().orElse(null));
            body.put("status", timeout.lastStatus().orElse(null));
            body.put("timeout", timeout.timeout());
            body.put("stopped", timeout.stopped());
            body.put("statusAfterStop", timeout.statusAfterStop().orElse(null));
            write(body);
            return;
        }
        out.println(timeout.getMessage());
        out.flush();
    }

    void startFailed(AutomationStartException failure) {
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("outcome", "ERROR");
            body.put("exitCode", SsmRunCommand.EXIT_FAILED);
            body.put("executionId", null);
            body.put("clientToken", failure.clientToken());
            body.put("executionMayExist", failure.executionMayExist());
            body.put("message", failure.getMessage());
            write(body);
            return;
        }
        out.println("ssm-run: " + failure.getMessage());
        if (failure.executionMayExist()) {
            out.println("ssm-run: run again with --client-token " + failure.clientToken()
                    + " to get that execution without starting a second one");
        }
        out.flush();
    }

    void error(String executionId, String message) {
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("outcome", "ERROR");
            body.put("exitCode", SsmRunCommand.EXIT_FAILED);
            body.put("executionId", executionId);
            body.put("message", message);
            write(body);
            return;
        }
        out.println("ssm-run: " + message);
        out.flush();
    }

    private void printOutputs(Map<String, List<String>> outputs) {
        if (!outputs.isEmpty()) {
            out.println("Outputs:");
            outputs.forEach((name, values) -> out.println("  " + name + " = " + String.join(", ", values)));
        }
    }

    private static Map<String, Object> resultJson(AutomationResult result, String outcome, int exitCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        body.put("exitCode", exitCode);
        body.put("executionId", result.executionId());
        body.put("documentName", result.documentName());
        body.put("status", result.status());
        body.put("failureMessage", result.failureMessage());
        body.put("failedStep", result.failedStep().map(ResultPrinter::stepJson).orElse(null));
        body.put("outputs", result.outputs());
        body.put("steps", result.steps().stream().map(ResultPrinter::stepJson).toList());
        body.put("startTime", result.startTime());
        body.put("endTime", result.endTime());
        body.put("polls", result.polls());
        return body;
    }

    private static Map<String, Object> stepJson(AutomationStep step) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", step.name());
        body.put("action", step.action());
        body.put("status", step.status());
        body.put("failureType", step.failureType());
        body.put("failureMessage", step.failureMessage());
        body.put("outputs", step.outputs());
        return body;
    }

    private void write(Map<String, Object> body) {
        out.println(AwsKitJson.write(body));
        out.flush();
    }
}
