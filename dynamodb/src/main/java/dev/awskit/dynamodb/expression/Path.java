package dev.awskit.dynamodb.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A document path: an attribute, or an element inside maps and lists ({@code address.city}, {@code scores[2]}).
 * Each name is sent as a {@code #name} placeholder, so reserved words ({@code name}, {@code status}, {@code Votes})
 * and names with any characters just work.
 *
 * <pre>{@code
 * Path.parse("address.lines[0]");   // nested: address -> lines -> element 0
 * Path.of("weird.name");            // one attribute whose name holds a dot
 * }</pre>
 *
 * <p>Immutable, with value equality.
 */
public final class Path {
    private final List<Object> segments;

    private Path(List<Object> segments) {
        this.segments = Collections.unmodifiableList(segments);
    }

    /**
     * Returns the path of a top-level attribute, its name taken literally (dots and brackets included).
     *
     * @param name the attribute name
     * @return the path
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is empty
     */
    public static Path of(String name) {
        return new Path(List.of(checkName(name, name)));
    }

    /**
     * Parses a document path: names separated by dots, list indexes in brackets ({@code a.b[0].c}).
     *
     * @param path the path text
     * @return the path
     * @throws NullPointerException if {@code path} is null
     * @throws IllegalArgumentException if the text is not a path, quoting it
     */
    public static Path parse(String path) {
        Objects.requireNonNull(path, "path");
        List<Object> segments = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            int end = i;
            while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                end++;
            }
            segments.add(checkName(path.substring(i, end), path));
            i = end;
            while (i < path.length() && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("path '" + path + "' has an unclosed '['");
                }
                segments.add(index(path.substring(i + 1, close), path));
                i = close + 1;
            }
            if (i < path.length()) {
                if (path.charAt(i) != '.' || i == path.length() - 1) {
                    throw new IllegalArgumentException("path '" + path + "' is not a document path");
                }
                i++;
            }
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("path must not be empty");
        }
        return new Path(segments);
    }

    private static String checkName(String name, String path) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("path '" + path + "' has an empty attribute name");
        }
        return name;
    }

    private static Integer index(String text, String path) {
        try {
            int index = Integer.parseInt(text);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("path '" + path + "' has a bad list index '" + text + "'");
    }

    /**
     * Returns the path of a field of the map at this path.
     *
     * @param name the field's name, taken literally
     * @return the longer path
     */
    public Path child(String name) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(checkName(name, name));
        return new Path(longer);
    }

    /**
     * Returns the path of an element of the list at this path.
     *
     * @param index the element's index, from 0
     * @return the longer path
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Path element(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("list index must not be negative: " + index);
        }
        List<Object> longer = new ArrayList<>(segments);
        longer.add(index);
        return new Path(longer);
    }

    /** @return the top-level attribute's name */
    public String attribute() {
        return (String) segments.get(0);
    }

    /** @return whether this is a top-level attribute, not a nested element */
    public boolean isTopLevel() {
        return segments.size() == 1;
    }

    /**
     * Tells whether one of the paths contains the other (or they are equal): DynamoDB refuses an update that
     * touches both.
     *
     * @param other another path
     * @return {@code true} when they overlap
     */
    public boolean overlaps(Path other) {
        int common = Math.min(segments.size(), other.segments.size());
        return segments.subList(0, common).equals(other.segments.subList(0, common));
    }

    /**
     * Writes the path with a placeholder per name.
     *
     * @param placeholders where the names go
     * @return the expression text, e.g. {@code #n0.#n1[2]}
     */
    public String render(Placeholders placeholders) {
        StringBuilder text = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(placeholders.name((String) segment));
            }
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Path that && segments.equals(that.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** Prints the path as {@link #parse(String)} reads it. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.length() > 0 ? "." : "").append(segment);
            }
        }
        return text.toString();
    }
}
