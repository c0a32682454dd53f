package dev.awskit.secrets.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as the Lambda cache extension writes them ({@code 30s}, {@code 3m}, {@code 1h30m}) or ISO-8601. */
public final class Durations {
    private static final Pattern GO = Pattern.compile("(\\d+)(ms|s|m|h)");

    private Durations() {
    }

    /**
     * Parses {@code text}.
     *
     * @param text for example {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h30m} or {@code PT5M}
     * @return the duration
     * @throws IllegalArgumentException if the text is neither form or not positive
     */
    public static Duration parse(String text) {
        String trimmed = text.trim();
        Duration result;
        if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
            try {
                result = Duration.parse(trimmed);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a duration: '" + text + "'", e);
            }
        } else {
            result = Duration.ZERO;
            Matcher matcher = GO.matcher(trimmed);
            int end = 0;
            while (matcher.find() && matcher.start() == end) {
                long amount = Long.parseLong(matcher.group(1));
                result = result.plus(switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                });
                end = matcher.end();
            }
            if (end == 0 || end != trimmed.length()) {
                throw new IllegalArgumentException("not a duration (use e.g. 30s, 5m, 1h or PT5M): '" + text + "'");
            }
        }
        if (result.isZero() || result.isNegative()) {
            throw new IllegalArgumentException("duration must be positive: '" + text + "'");
        }
        return result;
    }
}
