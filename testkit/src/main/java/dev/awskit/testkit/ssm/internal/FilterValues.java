package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.testkit.ssm.internal.model.ApiError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The values of one Describe filter, read and checked: a value the key cannot take (a status that does not
 * exist, a time that does not parse) is {@code InvalidFilterValue}.
 *
 * @param key the filter key
 * @param values its values (1 to 10, checked by the model already)
 */
record FilterValues(String key, List<String> values) {

    /**
     * Reads a request's filters into one test: values of one key match any, keys combine with AND.
     *
     * @param filters the request's {@code Filters} (checked against the model already), or a missing node
     * @param oneKey the test of one filter; it checks the values and may throw {@code InvalidFilterValue}
     * @param <T> what is filtered
     * @return the combined test
     */
    static <T> Predicate<T> all(JsonNode filters, Function<FilterValues, Predicate<T>> oneKey) {
        Predicate<T> all = item -> true;
        for (JsonNode filter : filters) {
            List<String> values = new ArrayList<>();
            filter.path("Values").forEach(v -> values.add(v.asText()));
            all = all.and(oneKey.apply(new FilterValues(filter.path("Key").asText(), List.copyOf(values))));
        }
        return all;
    }

    /** @return a test that any value equals {@code actual} */
    Predicate<String> anyEquals() {
        return values::contains;
    }

    /** @return a test that {@code actual} is one of the values, each checked against {@code allowed} (any case) */
    Predicate<String> anyOf(Set<String> allowed) {
        List<String> lower = values.stream().map(v -> {
            if (allowed.stream().noneMatch(a -> a.equalsIgnoreCase(v))) {
                throw invalid(v);
            }
            return v.toLowerCase(Locale.ROOT);
        }).toList();
        return actual -> actual != null && lower.contains(actual.toLowerCase(Locale.ROOT));
    }

    /** @return the values as instants ({@code 2026-03-01T10:00:00Z}, with an offset, or UTC without one) */
    List<Instant> instants() {
        return values.stream().map(this::instant).toList();
    }

    /** @return a test on a start time against every given instant: before all, or after all */
    Predicate<Instant> time(boolean before) {
        List<Instant> limits = instants();
        return start -> start != null
                && limits.stream().allMatch(limit -> before ? start.isBefore(limit) : start.isAfter(limit));
    }

    /** Checks that every value is an integer (a loop iteration number); no emulated step has a parent. */
    void requireIntegers() {
        for (String value : values) {
            try {
                Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw invalid(value);
            }
        }
    }

    static Instant epochSeconds(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.ofEpochMilli(
                new BigDecimal(node.asText()).movePointRight(3).longValue());
    }

    private Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw invalid(value);
            }
        }
    }

    private ApiError invalid(String value) {
        return ApiError.badRequest("InvalidFilterValue", "The filter value '" + value + "' is not valid for key "
                + key);
    }
}
