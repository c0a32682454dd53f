package dev.awskit.ssm.command;

import dev.awskit.core.spi.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ssm.model.Target;

/**
 * A Run Command invocation: a document (by default {@code AWS-RunShellScript}), where it runs (instance ids, or
 * targets such as tags and resource groups, with rate control), parameters and an optional comment. Immutable;
 * {@link #toString()} names the parameters but never their values.
 *
 * <pre>{@code
 * CommandRequest.builder().instanceIds("i-1", "i-2").commands("uptime", "df -h").build();
 * CommandRequest.builder().tag("env", "prod").maxConcurrency("10%").maxErrors("1")
 *         .commands("systemctl restart nginx").build();
 * }</pre>
 *
 * <p>A request names either instance ids (at most 50) or targets (at most 5), not both. With targets the service
 * resolves the instances itself, after the send; {@link RunCommandHelper} discovers them before it waits.
 */
public final class CommandRequest {
    /** The most instance ids one send may name. */
    public static final int MAX_INSTANCE_IDS = 50;
    /** The most targets one send may name. */
    public static final int MAX_TARGETS = 5;

    private static final Pattern CONCURRENCY = Pattern.compile("^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$");
    private static final Pattern ERRORS = Pattern.compile("^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$");

    private final String documentName;
    private final String documentVersion;
    private final List<String> instanceIds;
    private final List<Target> targets;
    private final Map<String, List<String>> parameters;
    private final String comment;
    private final String maxConcurrency;
    private final String maxErrors;

    private CommandRequest(Builder b) {
        if (b.instanceIds.isEmpty() == b.targets.isEmpty()) {
            throw new IllegalArgumentException(b.instanceIds.isEmpty()
                    ? "a command request names instanceIds or targets: neither was given"
                    : "a command request names instanceIds or targets, not both: " + b.instanceIds + " and "
                            + b.targets);
        }
        if (b.instanceIds.size() > MAX_INSTANCE_IDS) {
            throw new IllegalArgumentException("instanceIds must name at most " + MAX_INSTANCE_IDS
                    + " instances (use targets for more): " + b.instanceIds.size());
        }
        if (b.targets.size() > MAX_TARGETS) {
            throw new IllegalArgumentException("targets must be at most " + MAX_TARGETS + ": " + b.targets.size());
        }
        this.documentName = b.documentName;
        this.documentVersion = b.documentVersion;
        this.instanceIds = List.copyOf(b.instanceIds);
        this.targets = List.copyOf(b.targets);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        b.parameters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.parameters = Collections.unmodifiableMap(copy);
        this.comment = b.comment;
        this.maxConcurrency = b.maxConcurrency;
        this.maxErrors = b.maxErrors;
    }

    /**
     * Starts a request.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this request.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the document, e.g. {@code AWS-RunShellScript} */
    public String documentName() {
        return documentName;
    }

    /** @return the document version, if set */
    public Optional<String> documentVersion() {
        return Optional.ofNullable(documentVersion);
    }

    /** @return the target instances; empty when the request names targets */
    public List<String> instanceIds() {
        return instanceIds;
    }

    /** @return the targets (tags, resource groups, ...); empty when the request names instance ids */
    public List<Target> targets() {
        return targets;
    }

    /** @return the document parameters */
    public Map<String, List<String>> parameters() {
        return parameters;
    }

    /** @return the comment, if any */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    /** @return how many instances run the command at once, if set */
    public Optional<String> maxConcurrency() {
        return Optional.ofNullable(maxConcurrency);
    }

    /** @return how many errors stop the command, if set */
    public Optional<String> maxErrors() {
        return Optional.ofNullable(maxErrors);
    }

    @Override
    public String toString() {
        return "CommandRequest[document=" + documentName + ", "
                + (targets.isEmpty() ? "instances=" + instanceIds : "targets=" + targets.stream()
                        .map(t -> t.key() + "=" + t.values()).toList())
                + ", parameters=" + parameters.keySet() + "]";
    }

    /** Builds a {@link CommandRequest}. Not thread-safe; {@link #build()} copies its state. */
    public static final class Builder {
        private String documentName = "AWS-RunShellScript";
        private String documentVersion;
        private final List<String> instanceIds = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();
        private final Map<String, List<String>> parameters = new LinkedHashMap<>();
        private String comment;
        private String maxConcurrency;
        private String maxErrors;

        private Builder() {
        }

        private Builder(CommandRequest r) {
            documentName = r.documentName;
            documentVersion = r.documentVersion;
            instanceIds.addAll(r.instanceIds);
            targets.addAll(r.targets);
            parameters.putAll(r.parameters);
            comment = r.comment;
            maxConcurrency = r.maxConcurrency;
            maxErrors = r.maxErrors;
        }

        /**
         * Sets the document; default {@code AWS-RunShellScript}.
         *
         * @param documentName the document name or ARN
         * @return this builder
         * @throws NullPointerException if {@code documentName} is null
         * @throws IllegalArgumentException if it is blank
         */
        public Builder documentName(String documentName) {
            this.documentName = Checks.notBlank(documentName, "documentName");
            return this;
        }

        /**
         * Sets the document version; default the document's default version.
         *
         * @param documentVersion e.g. {@code 3}, {@code $LATEST}
         * @return this builder
         * @throws NullPointerException if {@code documentVersion} is null
         * @throws IllegalArgumentException if it is blank
         */
        public Builder documentVersion(String documentVersion) {
            this.documentVersion = Checks.notBlank(documentVersion, "documentVersion");
            return this;
        }

        /**
         * Adds target instances.
         *
         * @param instanceIds instance ids, e.g. {@code i-0ed4574c5ba94c877}
         * @return this builder
         * @throws NullPointerException if an id is null
         * @throws IllegalArgumentException if an id is blank
         */
        public Builder instanceIds(String... instanceIds) {
            for (String id : instanceIds) {
                this.instanceIds.add(Checks.notBlank(id, "instance id"));
            }
            return this;
        }

        /**
         * Adds a target, e.g. {@code target("tag:env", "prod")}, {@code target("resource-groups:Name", "web")} or
         * {@code target("InstanceIds", "i-1", "i-2")}. The service resolves targets to instances after the send.
         *
         * @param key the target key
         * @param values the values, at least one
         * @return this builder
         * @throws NullPointerException if {@code key} or a value is null
         * @throws IllegalArgumentException if {@code key} or a value is blank, or no value is given
         */
        public Builder target(String key, String... values) {
            Checks.notBlank(key, "target key");
            if (values.length == 0) {
                throw new IllegalArgumentException("target " + key + " needs at least one value");
            }
            for (String value : values) {
                Checks.notBlank(value, "value of target " + key);
            }
            targets.add(Target.builder().key(key).values(values).build());
            return this;
        }

        /**
         * Targets the instances that carry a tag with one of the values: {@code target("tag:" + key, values)}.
         *
         * @param key the tag key, e.g. {@code env}
         * @param values the tag values, e.g. {@code prod}
         * @return this builder
         * @throws NullPointerException if {@code key} or a value is null
         * @throws IllegalArgumentException if {@code key} or a value is blank, or no value is given
         */
        public Builder tag(String key, String... values) {
            return target("tag:" + Checks.notBlank(key, "tag key"), values);
        }

        /**
         * Targets the instances of a resource group: {@code target("resource-groups:Name", name)}.
         *
         * @param name the resource group's name
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder resourceGroup(String name) {
            return target("resource-groups:Name", name);
        }

        /**
         * Sets how many instances run the command at once, as a number or a percentage ({@code "10"},
         * {@code "20%"}); default the service's (50).
         *
         * @param maxConcurrency the limit
         * @return this builder
         * @throws NullPointerException if {@code maxConcurrency} is null
         * @throws IllegalArgumentException if it is not a positive number or a percentage from 1% to 100%
         */
        public Builder maxConcurrency(String maxConcurrency) {
            this.maxConcurrency = matching(maxConcurrency, CONCURRENCY, "maxConcurrency");
            return this;
        }

        /**
         * Sets after how many failed invocations the service stops sending the command, as a number or a
         * percentage ({@code "0"}, {@code "10%"}); default the service's (0).
         *
         * @param maxErrors the threshold
         * @return this builder
         * @throws NullPointerException if {@code maxErrors} is null
         * @throws IllegalArgumentException if it is not a number or a percentage from 0% to 100%
         */
        public Builder maxErrors(String maxErrors) {
            this.maxErrors = matching(maxErrors, ERRORS, "maxErrors");
            return this;
        }

        /**
         * Sets the {@code commands} parameter of a shell document, replacing earlier commands.
         *
         * @param commands the command lines
         * @return this builder
         * @throws NullPointerException if a command is null
         */
        public Builder commands(String... commands) {
            return parameter("commands", commands);
        }

        /**
         * Sets a document parameter, replacing earlier values of it.
         *
         * @param name the parameter name
         * @param values its values
         * @return this builder
         * @throws NullPointerException if {@code name} or a value is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder parameter(String name, String... values) {
            Checks.notBlank(name, "parameter name");
            List<String> list = new ArrayList<>();
            for (String value : values) {
                list.add(Objects.requireNonNull(value, "value of parameter " + name));
            }
            parameters.put(name, list);
            return this;
        }

        /**
         * Sets a comment shown in the console.
         *
         * @param comment up to 100 characters
         * @return this builder
         * @throws NullPointerException if {@code comment} is null
         * @throws IllegalArgumentException if it is blank or longer than 100 characters
         */
        public Builder comment(String comment) {
            this.comment = Checks.notBlank(comment, 100, "comment");
            return this;
        }

        /**
         * Builds the request.
         *
         * @return an immutable request
         * @throws IllegalArgumentException if the request names neither instance ids nor targets, or both, or more
         *     than {@value #MAX_INSTANCE_IDS} instance ids or {@value #MAX_TARGETS} targets
         */
        public CommandRequest build() {
            return new CommandRequest(this);
        }

        private static String matching(String value, Pattern pattern, String name) {
            Objects.requireNonNull(value, name);
            if (!pattern.matcher(value).matches()) {
                throw new IllegalArgumentException(name + " must be a number or a percentage: '" + value + "'");
            }
            return value;
        }
    }
}
