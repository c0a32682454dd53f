package dev.awskit.ssm.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Run Command invocation: a document (by default {@code AWS-RunShellScript}), the instances, parameters
 * and an optional comment. Immutable; {@link #toString()} names the parameters but never their values.
 *
 * <pre>{@code
 * CommandRequest.builder().instanceIds("i-1", "i-2").commands("uptime", "df -h").build();
 * }</pre>
 */
public final class CommandRequest {
    private final String documentName;
    private final List<String> instanceIds;
    private final Map<String, List<String>> parameters;
    private final String comment;

    private CommandRequest(Builder b) {
        if (b.instanceIds.isEmpty()) {
            throw new IllegalArgumentException("instanceIds must name at least one instance");
        }
        this.documentName = b.documentName;
        this.instanceIds = List.copyOf(b.instanceIds);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        b.parameters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.parameters = java.util.Collections.unmodifiableMap(copy);
        this.comment = b.comment;
    }

    /**
     * Starts a request.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the document, e.g. {@code AWS-RunShellScript} */
    public String documentName() {
        return documentName;
    }

    /** @return the target instances */
    public List<String> instanceIds() {
        return instanceIds;
    }

    /** @return the document parameters */
    public Map<String, List<String>> parameters() {
        return parameters;
    }

    /** @return the comment, if any */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    @Override
    public String toString() {
        return "CommandRequest[document=" + documentName + ", instances=" + instanceIds + ", parameters="
                + parameters.keySet() + "]";
    }

    /** Builds a {@link CommandRequest}. */
    public static final class Builder {
        private String documentName = "AWS-RunShellScript";
        private final List<String> instanceIds = new ArrayList<>();
        private final Map<String, List<String>> parameters = new LinkedHashMap<>();
        private String comment;

        private Builder() {
        }

        /**
         * Sets the document; default {@code AWS-RunShellScript}.
         *
         * @param documentName the document name
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder documentName(String documentName) {
            if (documentName == null || documentName.isBlank()) {
                throw new IllegalArgumentException("documentName must not be blank: '" + documentName + "'");
            }
            this.documentName = documentName;
            return this;
        }

        /**
         * Adds target instances.
         *
         * @param instanceIds instance ids, e.g. {@code i-0ed4574c5ba94c877}
         * @return this builder
         * @throws IllegalArgumentException if an id is blank
         */
        public Builder instanceIds(String... instanceIds) {
            for (String id : instanceIds) {
                if (id == null || id.isBlank()) {
                    throw new IllegalArgumentException("instance id must not be blank: '" + id + "'");
                }
                this.instanceIds.add(id);
            }
            return this;
        }

        /**
         * Sets the {@code commands} parameter of a shell document.
         *
         * @param commands the command lines
         * @return this builder
         */
        public Builder commands(String... commands) {
            return parameter("commands", commands);
        }

        /**
         * Sets a document parameter.
         *
         * @param name the parameter name
         * @param values its values
         * @return this builder
         */
        public Builder parameter(String name, String... values) {
            parameters.put(Objects.requireNonNull(name, "name"), List.of(values));
            return this;
        }

        /**
         * Sets a comment shown in the console.
         *
         * @param comment up to 100 characters
         * @return this builder
         */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return an immutable request
         * @throws IllegalArgumentException if no instance is named
         */
        public CommandRequest build() {
            return new CommandRequest(this);
        }
    }
}
