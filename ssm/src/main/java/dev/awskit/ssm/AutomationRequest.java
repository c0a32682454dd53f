package dev.awskit.ssm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.ssm.model.ExecutionMode;
import software.amazon.awssdk.services.ssm.model.Tag;
import software.amazon.awssdk.services.ssm.model.Target;

/**
 * What to start: a document with any parameters, an optional document version and mode, targets with rate
 * control, and tags. Immutable; {@link #toString()} names the parameters but never their values.
 *
 * <pre>{@code
 * AutomationRequest request = AutomationRequest.builder()
 *     .documentName("AWS-StartEC2Instance")
 *     .parameter("InstanceId", "i-0ed4574c5ba94c877")
 *     .parameter("AutomationAssumeRole", "arn:aws:iam::123456789012:role/AutomationServiceRole")
 *     .build();
 * }</pre>
 *
 * <p><b>One request, one execution.</b> Every request carries a client token ({@link #clientToken()}): the one
 * given to {@link Builder#clientToken(String)}, or a UUID drawn when the request is built. Each start sends it, and
 * the service answers a start with a token it has seen with the execution that token started. So the SDK's retries
 * after a lost answer, and a start of the same request again (after an {@link AutomationStartException}, or in
 * another process with the same token), return that execution instead of starting a second one. To start another
 * execution, build another request: {@link #toBuilder()} keeps an explicit token but draws a new one otherwise, and
 * the {@code Consumer} overloads of {@link SsmAutomationHelper} build a new request on every call.
 */
public final class AutomationRequest {
    private final String documentName;
    private final String documentVersion;
    private final Map<String, List<String>> parameters;
    private final ExecutionMode mode;
    private final String targetParameterName;
    private final List<Target> targets;
    private final String maxConcurrency;
    private final String maxErrors;
    private final List<Tag> tags;
    private final String clientToken;
    private final boolean explicitToken;

    private AutomationRequest(Builder b) {
        if (b.documentName == null || b.documentName.isBlank()) {
            throw new IllegalArgumentException("documentName must not be blank: '" + b.documentName + "'");
        }
        this.documentName = b.documentName;
        this.documentVersion = b.documentVersion;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        b.parameters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.parameters = java.util.Collections.unmodifiableMap(copy);
        this.mode = b.mode;
        this.targetParameterName = b.targetParameterName;
        this.targets = List.copyOf(b.targets);
        this.maxConcurrency = b.maxConcurrency;
        this.maxErrors = b.maxErrors;
        this.tags = List.copyOf(b.tags);
        this.explicitToken = b.clientToken != null;
        this.clientToken = explicitToken ? b.clientToken : UUID.randomUUID().toString();
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
     * Returns a builder holding this request. It keeps the client token only when it was set explicitly: a request
     * built from it without {@link Builder#clientToken(String)} draws a new token, so it starts a new execution.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the document name or ARN */
    public String documentName() {
        return documentName;
    }

    /** @return the document version, if set */
    public Optional<String> documentVersion() {
        return Optional.ofNullable(documentVersion);
    }

    /** @return the parameters, in insertion order */
    public Map<String, List<String>> parameters() {
        return parameters;
    }

    /** @return the execution mode, if set */
    public Optional<ExecutionMode> mode() {
        return Optional.ofNullable(mode);
    }

    /** @return the parameter that receives the targets, if set */
    public Optional<String> targetParameterName() {
        return Optional.ofNullable(targetParameterName);
    }

    /** @return the targets */
    public List<Target> targets() {
        return targets;
    }

    /** @return the maximum concurrency, if set */
    public Optional<String> maxConcurrency() {
        return Optional.ofNullable(maxConcurrency);
    }

    /** @return the error threshold, if set */
    public Optional<String> maxErrors() {
        return Optional.ofNullable(maxErrors);
    }

    /** @return the tags */
    public List<Tag> tags() {
        return tags;
    }

    /**
     * Returns the client token every start of this request sends: the one set on the builder, or a UUID drawn when
     * the request was built. Keep it to start the same request again safely, even from another process.
     *
     * @return the token, a UUID string
     */
    public String clientToken() {
        return clientToken;
    }

    @Override
    public String toString() {
        return "AutomationRequest[document=" + documentName + (documentVersion == null ? "" : ":" + documentVersion)
                + ", parameters=" + parameters.keySet() + (targets.isEmpty() ? "" : ", targets=" + targets.size())
                + ", clientToken=" + clientToken + "]";
    }

    /** Builds an {@link AutomationRequest}. Not thread-safe; {@link #build()} copies its state. */
    public static final class Builder {
        private String documentName;
        private String documentVersion;
        private final Map<String, List<String>> parameters = new LinkedHashMap<>();
        private ExecutionMode mode;
        private String targetParameterName;
        private final List<Target> targets = new ArrayList<>();
        private String maxConcurrency;
        private String maxErrors;
        private final List<Tag> tags = new ArrayList<>();
        private String clientToken;

        private Builder() {
        }

        private Builder(AutomationRequest r) {
            documentName = r.documentName;
            documentVersion = r.documentVersion;
            r.parameters.forEach((k, v) -> parameters.put(k, new ArrayList<>(v)));
            mode = r.mode;
            targetParameterName = r.targetParameterName;
            targets.addAll(r.targets);
            maxConcurrency = r.maxConcurrency;
            maxErrors = r.maxErrors;
            tags.addAll(r.tags);
            clientToken = r.explicitToken ? r.clientToken : null;
        }

        /**
         * Sets the document name or ARN. Required.
         *
         * @param documentName e.g. {@code AWS-StartEC2Instance}
         * @return this builder
         */
        public Builder documentName(String documentName) {
            this.documentName = documentName;
            return this;
        }

        /**
         * Sets the document version; default the service's default version.
         *
         * @param documentVersion e.g. {@code 3} or {@code $LATEST}
         * @return this builder
         */
        public Builder documentVersion(String documentVersion) {
            this.documentVersion = documentVersion;
            return this;
        }

        /**
         * Adds values to a parameter.
         *
         * @param name the parameter name
         * @param values its values
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder parameter(String name, String... values) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("parameter name must not be blank: '" + name + "'");
            }
            List<String> list = parameters.computeIfAbsent(name, k -> new ArrayList<>());
            for (String value : values) {
                list.add(Objects.requireNonNull(value, "value of parameter " + name));
            }
            return this;
        }

        /**
         * Replaces all parameters, e.g. with the result of {@link AutomationParameters#parse(List)}.
         *
         * @param parameters name to values
         * @return this builder
         */
        public Builder parameters(Map<String, List<String>> parameters) {
            this.parameters.clear();
            Objects.requireNonNull(parameters, "parameters").forEach((k, v) -> parameter(k, v.toArray(String[]::new)));
            return this;
        }

        /**
         * Sets the execution mode; default the service's ({@code Auto}).
         *
         * @param mode {@code Auto} or {@code Interactive}
         * @return this builder
         */
        public Builder mode(ExecutionMode mode) {
            this.mode = mode;
            return this;
        }

        /**
         * Runs the document against targets (rate control), e.g. {@code target("tag:env", "prod")}.
         *
         * @param key the target key
         * @param values the target values
         * @return this builder
         */
        public Builder target(String key, String... values) {
            targets.add(Target.builder().key(Objects.requireNonNull(key, "key")).values(values).build());
            return this;
        }

        /**
         * Names the parameter the targets fill, e.g. {@code InstanceId}.
         *
         * @param targetParameterName the parameter
         * @return this builder
         */
        public Builder targetParameterName(String targetParameterName) {
            this.targetParameterName = targetParameterName;
            return this;
        }

        /**
         * Sets how many targets run at once, as a number or a percentage ({@code "10"}, {@code "20%"}).
         *
         * @param maxConcurrency the limit
         * @return this builder
         */
        public Builder maxConcurrency(String maxConcurrency) {
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /**
         * Sets how many target errors stop the run, as a number or a percentage.
         *
         * @param maxErrors the threshold
         * @return this builder
         */
        public Builder maxErrors(String maxErrors) {
            this.maxErrors = maxErrors;
            return this;
        }

        /**
         * Tags the execution.
         *
         * @param key the tag key
         * @param value the tag value
         * @return this builder
         */
        public Builder tag(String key, String value) {
            tags.add(Tag.builder().key(Objects.requireNonNull(key, "key")).value(Objects.requireNonNull(value, "value"))
                    .build());
            return this;
        }

        /**
         * Sets the client token, for a caller that keeps it to start the same request again later, perhaps from
         * another process; by default {@link #build()} draws a UUID. The service answers a start with a token it
         * has seen with the execution that token started (and refuses one with other parameters), so never reuse a
         * token for a different start.
         *
         * @param clientToken a UUID string
         * @return this builder
         * @throws IllegalArgumentException if {@code clientToken} is not a UUID
         */
        public Builder clientToken(String clientToken) {
            try {
                UUID.fromString(Objects.requireNonNull(clientToken, "clientToken"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("clientToken must be a UUID: '" + clientToken + "'", e);
            }
            if (clientToken.length() != 36) {
                throw new IllegalArgumentException("clientToken must be a 36-character UUID: '" + clientToken + "'");
            }
            this.clientToken = clientToken;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return an immutable request
         * @throws IllegalArgumentException if the document name is missing or blank
         */
        public AutomationRequest build() {
            return new AutomationRequest(this);
        }
    }
}
