package dev.awskit.dynamodb.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * DynamoDB's number rules, checked before a request is sent: at most 38 significant digits, magnitude from 1E-130 to
 * below 1E+126, no NaN or infinity. Numbers are written as exact decimal text, so {@code 0.1d} is stored as
 * {@code 0.1}, never as its binary expansion.
 */
public final class Numbers {
    private static final int MAX_DIGITS = 38;
    private static final int MAX_EXPONENT = 125;
    private static final int MIN_EXPONENT = -130;

    private Numbers() {
    }

    /**
     * Returns the text of a whole number.
     *
     * @param value the number
     * @return its decimal text
     */
    public static String of(long value) {
        return Long.toString(value);
    }

    /**
     * Returns the exact decimal text of a double, as {@link Double#toString(double)} shows it.
     *
     * @param value the number
     * @return the text
     * @throws IllegalArgumentException for NaN, infinities and numbers out of range
     */
    public static String of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(value + " cannot be stored in DynamoDB");
        }
        if (value == 0) {
            return "0"; // -0.0 too
        }
        String text = Double.toString(value);
        if (text.indexOf('E') < 0) {
            // Plain and at most 17 digits: already DynamoDB's form once a trailing ".0" is dropped.
            return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        }
        return of(new BigDecimal(text));
    }

    /**
     * Returns the text of a big integer.
     *
     * @param value the number
     * @return the text
     * @throws IllegalArgumentException when it has more than 38 significant digits
     */
    public static String of(BigInteger value) {
        return of(new BigDecimal(value));
    }

    /**
     * Checks a decimal against DynamoDB's limits and returns its text: plain when short, scientific otherwise.
     *
     * @param value the number
     * @return the text
     * @throws IllegalArgumentException when it has too many digits or is out of range
     */
    public static String of(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() > MAX_DIGITS) {
            throw new IllegalArgumentException(value + " has more than " + MAX_DIGITS
                    + " significant digits, which DynamoDB cannot store");
        }
        int exponent = stripped.precision() - stripped.scale() - 1;
        if (exponent > MAX_EXPONENT || exponent < MIN_EXPONENT) {
            throw new IllegalArgumentException(value + " is outside DynamoDB's number range (1E-130 to 9.99E+125)");
        }
        return exponent > MAX_DIGITS || exponent < -MAX_DIGITS ? stripped.toString() : stripped.toPlainString();
    }

    /**
     * Checks number text given as a string.
     *
     * @param text the number text
     * @return the normalized text
     * @throws IllegalArgumentException when the text is not a number or out of range
     */
    public static String parse(String text) {
        try {
            return of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number", e);
        }
    }

    /**
     * Tells whether number text is whole (no fraction or exponent).
     *
     * @param text DynamoDB number text
     * @return {@code true} for whole numbers
     */
    public static boolean isWhole(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }
}
