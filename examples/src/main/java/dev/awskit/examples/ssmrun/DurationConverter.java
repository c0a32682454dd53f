package dev.awskit.examples.ssmrun;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code 90s}, {@code 10m}, {@code 2h}, {@code 500ms} or ISO-8601 ({@code PT10M}) as a positive duration. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        Duration duration;
        try {
            if (text.startsWith("pt") || text.startsWith("p")) {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            } else if (text.endsWith("ms")) {
                duration = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            } else if (text.endsWith("s")) {
                duration = Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.endsWith("m")) {
                duration = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.endsWith("h")) {
                duration = Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1)));
            } else {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a duration; use e.g. 90s, 10m, 2h, 500ms or PT10M");
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a duration; use e.g. 90s, 10m, 2h, 500ms or PT10M");
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new CommandLine.TypeConversionException("'" + value + "' must be a positive duration");
        }
        return duration;
    }
}
