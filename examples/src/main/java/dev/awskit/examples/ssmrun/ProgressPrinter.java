package dev.awskit.examples.ssmrun;

import dev.awskit.ssm.AutomationListener;
import dev.awskit.ssm.AutomationStep;
import java.io.PrintWriter;

/** Prints one line per start, status change and step transition, with the time since the start. */
final class ProgressPrinter implements AutomationListener {
    private final PrintWriter out;
    private final long startNanos = System.nanoTime();

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onStarted(String executionId, String documentName) {
        line("started " + documentName + " as execution " + executionId);
    }

    @Override
    public void onStatusChange(String executionId, String previous, String current, int poll) {
        line("status " + current + " (poll " + poll + ")");
    }

    @Override
    public void onStepTransition(String executionId, AutomationStep step, String previousStatus) {
        line("step " + step.name() + " (" + step.action() + "): " + step.status());
    }

    private void line(String text) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        synchronized (out) {
            out.printf("[%7.1fs] %s%n", seconds, text);
            out.flush();
        }
    }
}
