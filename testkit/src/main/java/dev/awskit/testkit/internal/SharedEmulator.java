package dev.awskit.testkit.internal;

import dev.awskit.testkit.EmulatorUnavailableException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one-per-JVM instance of an emulator: started on first use, started again if closed, and a failure to
 * start remembered so that later tests fail (or skip) at once the same way instead of retrying a slow start.
 *
 * @param <T> the emulator handle
 */
public final class SharedEmulator<T> {
    private final Supplier<T> starter;
    private final Predicate<T> usable;
    private T instance;
    private EmulatorUnavailableException failure;

    /**
     * Creates the holder.
     *
     * @param starter starts a new instance; throws {@link EmulatorUnavailableException} when it cannot
     * @param usable tells whether a held instance can still be handed out (not closed)
     */
    public SharedEmulator(Supplier<T> starter, Predicate<T> usable) {
        this.starter = starter;
        this.usable = usable;
    }

    /**
     * Returns the running instance, starting it if needed.
     *
     * @return the instance
     * @throws RuntimeException as {@link EmulatorPolicy#unavailable} decides: a skip, or an error on CI
     */
    public synchronized T get() {
        if (instance != null && usable.test(instance)) {
            return instance;
        }
        if (failure == null) {
            try {
                instance = starter.get();
                return instance;
            } catch (EmulatorUnavailableException e) {
                failure = e;
            }
        }
        throw EmulatorPolicy.fromEnvironment().unavailable(new EmulatorUnavailableException(failure.getMessage(), failure));
    }
}
