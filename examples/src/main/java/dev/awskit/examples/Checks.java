package dev.awskit.examples;

import java.util.Objects;

/** The scenarios' assertions: a scenario that does not end as its seed describes must fail loudly. */
final class Checks {
    private Checks() {
    }

    static void equal(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new IllegalStateException(what + ": expected " + expected + " but was " + actual);
        }
    }

    static void isTrue(String what, boolean condition) {
        if (!condition) {
            throw new IllegalStateException("expected " + what);
        }
    }
}
