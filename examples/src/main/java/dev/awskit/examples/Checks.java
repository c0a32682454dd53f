package dev.awskit.examples;

import java.util.Objects;

/** The scenarios' assertions: a scenario that does not end as its seed describes must fail loudly. */
public final class Checks {
    private Checks() {
    }

    /**
     * Fails unless {@code actual} equals {@code expected}.
     *
     * @param what what is compared, for the message
     * @param expected the value the seed describes
     * @param actual the value the scenario got
     * @throws IllegalStateException when they differ
     */
    public static void equal(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new IllegalStateException(what + ": expected " + expected + " but was " + actual);
        }
    }

    /**
     * Fails unless {@code condition} holds.
     *
     * @param what what should hold, for the message
     * @param condition whether it does
     * @throws IllegalStateException when it does not
     */
    public static void isTrue(String what, boolean condition) {
        if (!condition) {
            throw new IllegalStateException("expected " + what);
        }
    }
}
