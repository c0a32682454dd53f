package dev.awskit.core.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IAM role to assume on top of whatever credentials a {@link ClientSettings} has: the role's ARN, the session name,
 * an optional external id and the session's duration. Immutable and thread-safe.
 *
 * <pre>{@code
 * ClientSettings deploy = ClientSettings.builder().region("ap-southeast-1")
 *         .assumeRole(r -> r.roleArn("arn:aws:iam::123456789012:role/deploy").sessionName("release-1-0"))
 *         .build();
 * }</pre>
 *
 * @see ClientSettings.Builder#assumeRole(AssumeRole)
 */
public final class AssumeRole {
    /** The session length used when none is set, as the STS default. */
    public static final Duration DEFAULT_DURATION = Duration.ofHours(1);

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");

    private final String roleArn;
    private final String sessionName;
    private final String externalId;
    private final Duration duration;

    private AssumeRole(Builder b) {
        this.roleArn = Objects.requireNonNull(b.roleArn, "roleArn is required");
        this.sessionName = Objects.requireNonNull(b.sessionName, "sessionName is required");
        this.externalId = b.externalId;
        this.duration = b.duration;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this role's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().roleArn(roleArn).sessionName(sessionName).externalId(externalId).duration(duration);
    }

    /** @return the role's ARN */
    public String roleArn() {
        return roleArn;
    }

    /** @return the session name, which shows in CloudTrail and in the assumed identity's ARN */
    public String sessionName() {
        return sessionName;
    }

    /** @return the external id the role's trust policy asks for, if any */
    public Optional<String> externalId() {
        return Optional.ofNullable(externalId);
    }

    /** @return how long each session's credentials last */
    public Duration duration() {
        return duration;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AssumeRole that && roleArn.equals(that.roleArn) && sessionName.equals(that.sessionName)
                && Objects.equals(externalId, that.externalId) && duration.equals(that.duration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(roleArn, sessionName, externalId, duration);
    }

    /** Names the role and session; says only whether an external id is set. */
    @Override
    public String toString() {
        return "AssumeRole[" + roleArn + ", session=" + sessionName + ", duration=" + duration
                + (externalId == null ? "" : ", externalId=set") + "]";
    }

    /** Builds an {@link AssumeRole}. Not thread-safe; {@link #build()} copies the state. */
    public static final class Builder {
        private String roleArn;
        private String sessionName;
        private String externalId;
        private Duration duration = DEFAULT_DURATION;

        private Builder() {
        }

        /**
         * Sets the role to assume (required).
         *
         * @param roleArn e.g. {@code arn:aws:iam::123456789012:role/deploy}
         * @return this builder
         * @throws IllegalArgumentException if {@code roleArn} is not an IAM role ARN
         */
        public Builder roleArn(String roleArn) {
            if (roleArn == null || !ROLE_ARN.matcher(roleArn).matches()) {
                throw new IllegalArgumentException("roleArn must be an IAM role ARN "
                        + "(arn:aws:iam::<12-digit account>:role/<name>): '" + roleArn + "'");
            }
            this.roleArn = roleArn;
            return this;
        }

        /**
         * Sets the session name (required): 2 to 64 characters of letters, digits and {@code +=,.@_-}.
         *
         * @param sessionName the name
         * @return this builder
         * @throws IllegalArgumentException if {@code sessionName} does not fit
         */
        public Builder sessionName(String sessionName) {
            if (sessionName == null || !SESSION_NAME.matcher(sessionName).matches()) {
                throw new IllegalArgumentException(
                        "sessionName must be 2 to 64 characters of letters, digits and +=,.@_-: '" + sessionName + "'");
            }
            this.sessionName = sessionName;
            return this;
        }

        /**
         * Sets the external id the role's trust policy requires.
         *
         * @param externalId 2 to 1224 characters of letters, digits and {@code +=,.@:/_-}, or {@code null} for none
         * @return this builder
         * @throws IllegalArgumentException if {@code externalId} does not fit (the message does not quote it)
         */
        public Builder externalId(String externalId) {
            if (externalId != null && !EXTERNAL_ID.matcher(externalId).matches()) {
                throw new IllegalArgumentException("externalId must be 2 to 1224 characters of letters, digits and "
                        + "+=,.@:/_- (it has " + externalId.length() + " characters)");
            }
            this.externalId = externalId;
            return this;
        }

        /**
         * Sets how long each session lasts; default {@link #DEFAULT_DURATION}. The credentials are refreshed before
         * they expire.
         *
         * @param duration 15 minutes to 12 hours
         * @return this builder
         * @throws IllegalArgumentException if {@code duration} is outside that range
         */
        public Builder duration(Duration duration) {
            Objects.requireNonNull(duration, "duration");
            if (duration.compareTo(Duration.ofMinutes(15)) < 0 || duration.compareTo(Duration.ofHours(12)) > 0) {
                throw new IllegalArgumentException("duration must be 15 minutes to 12 hours: " + duration);
            }
            this.duration = duration;
            return this;
        }

        /**
         * Builds the role.
         *
         * @return the role
         * @throws NullPointerException if the role ARN or the session name is missing
         */
        public AssumeRole build() {
            return new AssumeRole(this);
        }
    }
}
