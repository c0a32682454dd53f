package dev.awskit.examples;

import dev.awskit.core.client.ClientSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A scenario context whose progress lines are kept, so a test can read what the scenario printed. */
public final class PrintedContext {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ScenarioContext context;

    /**
     * Creates the context.
     *
     * @param settings what the scenario's clients are built from
     */
    public PrintedContext(ClientSettings settings) {
        this.context = new ScenarioContext(settings, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    /** @return the context to run the scenario with */
    public ScenarioContext context() {
        return context;
    }

    /** @return what was printed so far */
    public String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
