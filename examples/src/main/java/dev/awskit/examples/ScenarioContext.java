package dev.awskit.examples;

import dev.awskit.core.client.ClientSettings;
import java.io.PrintStream;
import java.util.UUID;

/**
 * What a scenario runs with: the settings every client is built from (the local emulator by default) and
 * the stream progress lines go to.
 *
 * @param settings client settings for every SDK client the scenario builds
 * @param out where progress lines go
 */
public record ScenarioContext(ClientSettings settings, PrintStream out) {

    /**
     * Prints one progress line, indented under the scenario's name.
     *
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void say(String format, Object... args) {
        out.println("  " + String.format(format, args));
    }

    /**
     * Returns a name unique to this run, so scenarios can run against a shared emulator or account repeatedly.
     *
     * @param prefix a readable prefix, lower case
     * @return the prefix followed by a short random suffix
     */
    public String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
