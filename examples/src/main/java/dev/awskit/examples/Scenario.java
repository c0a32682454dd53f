package dev.awskit.examples;

/**
 * One runnable scenario taken from a seed document (see {@code shared/seeds/README.md}).
 */
public interface Scenario {

    /**
     * Returns the short name used on the command line, e.g. {@code emulator-round-trip}.
     *
     * @return the name
     */
    String name();

    /**
     * Returns one line saying what the scenario shows and which seed it comes from.
     *
     * @return the description
     */
    String description();

    /**
     * Runs the scenario; throws when it does not end as the seed describes.
     *
     * @param context the clients' settings and where to print
     * @throws Exception on any failure
     */
    void run(ScenarioContext context) throws Exception;
}
