package dev.awskit.testkit.internal;

import dev.awskit.testkit.EmulatorUnavailableException;
import java.util.function.Function;
import org.opentest4j.TestAbortedException;

/**
 * Decides what a missing emulator means for a test: skipped on a developer's machine, a failure on CI
 * ({@code CI=true}), so that a build server never passes without running its emulator tests.
 */
public final class EmulatorPolicy {
    private final Function<String, String> env;

    /**
     * Creates a policy reading the given environment.
     *
     * @param env looks up an environment variable, e.g. {@code System::getenv}
     */
    public EmulatorPolicy(Function<String, String> env) {
        this.env = env;
    }

    /** @return the policy on the process environment */
    public static EmulatorPolicy fromEnvironment() {
        return new EmulatorPolicy(System::getenv);
    }

    /** @return whether this runs on CI ({@code CI=true}, case-insensitive) */
    public boolean onCi() {
        return "true".equalsIgnoreCase(env.apply("CI"));
    }

    /**
     * Returns the exception to throw for an unavailable emulator.
     *
     * @param failure why the emulator is unavailable
     * @return {@code failure} on CI, otherwise a JUnit assumption failure (the test is skipped)
     */
    public RuntimeException unavailable(EmulatorUnavailableException failure) {
        if (onCi()) {
            return failure;
        }
        TestAbortedException skip = new TestAbortedException(failure.getMessage()
                + " (test skipped; with CI=true this fails the build)");
        skip.initCause(failure);
        return skip;
    }
}
