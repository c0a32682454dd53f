package dev.awskit.dynamodb.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An update expression: set, remove, add and delete actions on document paths.
 *
 * <pre>{@code
 * Update votes = Update.builder().increment("Votes", 1).build();            // a counter that starts at 0
 * Update edit = Update.builder()
 *         .set("status", "open")
 *         .setIfNotExists("created", Instant.now())
 *         .append("history", List.of("opened"))
 *         .add("tags", Set.of("new"))                                       // add to a set
 *         .remove("draft")
 *         .build();
 * }</pre>
 *
 * <p>String paths are document paths ({@link Path#parse(String)}); every name and value is sent through
 * placeholders, so reserved words need no escaping. Immutable and thread-safe.
 */
public final class Update {
    private final List<Action> actions;

    private Update(List<Action> actions) {
        this.actions = List.copyOf(actions);
    }

    /** One action: its clause and path, and how it renders after the clause keyword. */
    private record Action(String clause, Path path, Function<Placeholders, String> renderer, String description) {
    }

    /**
     * Starts an update.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /**
     * Returns a builder holding this update's actions, to add more.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(actions);
    }

    /**
     * Returns the paths the update writes or removes.
     *
     * @return the paths, in the order added
     */
    public List<Path> paths() {
        return actions.stream().map(Action::path).toList();
    }

    /**
     * Writes the expression, adding its names and values to {@code placeholders}.
     *
     * @param placeholders the request's placeholders
     * @return the expression text, e.g. {@code SET #n0 = :v0 REMOVE #n1}
     * @throws IllegalArgumentException naming the path, if a value cannot be stored in DynamoDB
     */
    public String render(Placeholders placeholders) {
        StringBuilder text = new StringBuilder();
        for (String clause : List.of("SET", "REMOVE", "ADD", "DELETE")) {
            boolean first = true;
            for (Action action : actions) {
                if (action.clause().equals(clause)) {
                    text.append(first ? (text.length() == 0 ? "" : " ") + clause + " " : ", ")
                            .append(action.renderer().apply(placeholders));
                    first = false;
                }
            }
        }
        return text.toString();
    }

    /** Shows the actions with values as {@code ?}. */
    @Override
    public String toString() {
        return String.join(", ", actions.stream().map(Action::description).toList());
    }

    /** Builds an {@link Update}. Not thread-safe; {@link #build()} copies its state. */
    public static final class Builder {
        private final List<Action> actions;

        private Builder(List<Action> actions) {
            this.actions = new ArrayList<>(actions);
        }

        /**
         * Sets an attribute or element: {@code SET path = value}.
         *
         * @param path the document path
         * @param value the value; null stores {@code NULL} (use {@link #remove(String...)} to delete)
         * @return this builder
         */
        public Builder set(String path, Object value) {
            return set(Path.parse(path), value);
        }

        /**
         * Sets an attribute or element: {@code SET path = value}.
         *
         * @param path the path
         * @param value the value
         * @return this builder
         */
        public Builder set(Path path, Object value) {
            return add("SET", path, p -> path.render(p) + " = " + p.value(value, where(path)), path + " = ?");
        }

        /**
         * Sets an attribute only if it does not exist yet: {@code SET path = if_not_exists(path, value)}.
         *
         * @param path the document path
         * @param value the value
         * @return this builder
         */
        public Builder setIfNotExists(String path, Object value) {
            Path at = Path.parse(path);
            return add("SET", at, p -> {
                String name = at.render(p);
                return name + " = if_not_exists(" + name + ", " + p.value(value, where(at)) + ")";
            }, at + " = if_not_exists(" + at + ", ?)");
        }

        /**
         * Adds to a number, starting from 0 when absent: {@code SET path = if_not_exists(path, 0) + by}. Use a
         * negative {@code by} to decrement.
         *
         * @param path the document path
         * @param by the amount
         * @return this builder
         * @throws NullPointerException if {@code by} is null
         */
        public Builder increment(String path, Number by) {
            Objects.requireNonNull(by, "by");
            Path at = Path.parse(path);
            return add("SET", at, p -> {
                String name = at.render(p);
                return name + " = if_not_exists(" + name + ", " + p.value(0, where(at)) + ") + " + p.value(by, where(at));
            }, at + " += ?");
        }

        /**
         * Adds a number to a number attribute or elements to a set attribute, creating it when absent:
         * {@code ADD path value} (top-level attributes only, as DynamoDB requires).
         *
         * @param path the attribute
         * @param value a number, or a non-empty {@code Set}
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is neither a number nor a set
         */
        public Builder add(String path, Object value) {
            if (!(value instanceof Number) && !(value instanceof Set<?>)) {
                throw new IllegalArgumentException("ADD takes a number or a set for '" + path + "', not "
                        + (value == null ? "null" : value.getClass().getName()));
            }
            Path at = Path.parse(path);
            return add("ADD", at, p -> at.render(p) + " " + p.value(value, where(at)), "ADD " + at + " ?");
        }

        /**
         * Removes elements from a set attribute: {@code DELETE path values}.
         *
         * @param path the attribute
         * @param values the elements to remove; not empty
         * @return this builder
         */
        public Builder deleteFromSet(String path, Set<?> values) {
            Objects.requireNonNull(values, "values");
            Path at = Path.parse(path);
            return add("DELETE", at, p -> at.render(p) + " " + p.value(values, where(at)), "DELETE " + at + " ?");
        }

        /**
         * Appends elements to a list, creating it when absent:
         * {@code SET path = list_append(if_not_exists(path, []), values)}.
         *
         * @param path the document path
         * @param values the elements
         * @return this builder
         */
        public Builder append(String path, List<?> values) {
            return listAppend(path, values, false);
        }

        /**
         * Puts elements in front of a list, creating it when absent.
         *
         * @param path the document path
         * @param values the elements
         * @return this builder
         */
        public Builder prepend(String path, List<?> values) {
            return listAppend(path, values, true);
        }

        private Builder listAppend(String path, List<?> values, boolean front) {
            Objects.requireNonNull(values, "values");
            Path at = Path.parse(path);
            return add("SET", at, p -> {
                String name = at.render(p);
                String existing = "if_not_exists(" + name + ", " + p.value(List.of(), where(at)) + ")";
                String added = p.value(values, where(at));
                return name + " = list_append(" + (front ? added + ", " + existing : existing + ", " + added) + ")";
            }, at + (front ? " = ? + " + at : " += ?"));
        }

        /**
         * Removes attributes or elements: {@code REMOVE path, ...}.
         *
         * @param paths document paths
         * @return this builder
         */
        public Builder remove(String... paths) {
            for (String path : paths) {
                remove(Path.parse(path));
            }
            return this;
        }

        /**
         * Removes an attribute or element.
         *
         * @param path the path
         * @return this builder
         */
        public Builder remove(Path path) {
            return add("REMOVE", path, path::render, "REMOVE " + path);
        }

        private Builder add(String clause, Path path, Function<Placeholders, String> renderer, String description) {
            Objects.requireNonNull(path, "path");
            actions.add(new Action(clause, path, renderer, description));
            return this;
        }

        private static String where(Path path) {
            return "update of '" + path + "'";
        }

        /**
         * Returns whether no action was added yet.
         *
         * @return {@code true} when empty
         */
        public boolean isEmpty() {
            return actions.isEmpty();
        }

        /**
         * Returns the paths added so far.
         *
         * @return the paths
         */
        public Collection<Path> paths() {
            return actions.stream().map(Action::path).toList();
        }

        /**
         * Builds the update.
         *
         * @return the update
         * @throws IllegalArgumentException if it is empty or two actions touch overlapping paths (DynamoDB refuses
         *     both), naming them
         */
        public Update build() {
            if (actions.isEmpty()) {
                throw new IllegalArgumentException("an update needs at least one action");
            }
            for (int i = 0; i < actions.size(); i++) {
                for (int j = i + 1; j < actions.size(); j++) {
                    if (actions.get(i).path().overlaps(actions.get(j).path())) {
                        throw new IllegalArgumentException("update actions overlap: '" + actions.get(i).path()
                                + "' and '" + actions.get(j).path() + "'");
                    }
                }
            }
            return new Update(actions);
        }
    }
}
