package dev.awskit.core.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * Preconditions that awskit modules check on user input before any API call. Each failure is an
 * {@link IllegalArgumentException} (or {@link NullPointerException} for a missing value) whose message names the
 * parameter and quotes the bad value, so the caller sees at once what to fix. Never use these for secret values.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Checks that {@code value} is present and not blank.
     *
     * @param value the value
     * @param name the parameter's name, as the caller knows it
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static String notBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
        }
        return value;
    }

    /**
     * Checks that {@code value} is not blank and at most {@code max} characters long.
     *
     * @param value the value
     * @param max the most characters allowed
     * @param name the parameter's name
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank or too long
     */
    public static String notBlank(String value, int max, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(
                    name + " must be 1 to " + max + " non-blank characters: '" + value + "'");
        }
        return value;
    }

    /**
     * Checks that {@code value} is longer than zero.
     *
     * @param value the duration
     * @param name the parameter's name
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is zero or negative
     */
    public static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} is zero or longer.
     *
     * @param value the duration
     * @param name the parameter's name
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public static Duration notNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} lies in {@code [min, max]}.
     *
     * @param value the value
     * @param min the least allowed
     * @param max the most allowed
     * @param name the parameter's name
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is out of range
     */
    public static int inRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + ": " + value);
        }
        return value;
    }
}
