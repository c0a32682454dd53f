package dev.awskit.core.client;

import dev.awskit.core.AsyncOnly;
import dev.awskit.core.internal.S3PathStyle;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * One immutable set of client options (region, credentials or profile, endpoint, retry strategy, timeouts,
 * interceptors) that configures any AWS SDK v2 client builder, sync or async:
 *
 * <pre>{@code
 * ClientSettings settings = ClientSettings.builder().region(Region.EU_WEST_1).profile("ops").build();
 * SsmAsyncClient ssm = settings.client(SsmAsyncClient.builder());
 * S3Client s3 = settings.client(S3Client.builder());
 *
 * ClientSettings local = ClientSettings.emulator(URI.create("http://127.0.0.1:5000"));  // moto, LocalStack
 * ClientSettings deploy = settings.toBuilder()                                          // a role on top
 *         .assumeRole(r -> r.roleArn("arn:aws:iam::123456789012:role/deploy").sessionName("release"))
 *         .build();
 * }</pre>
 *
 * <p>With {@linkplain Builder#assumeRole(AssumeRole) a role to assume}, every client built from one settings instance
 * shares one credentials provider: STS is called with the base credentials on first use and again shortly before the
 * role's credentials expire, never once per client call. The provider needs {@code software.amazon.awssdk:sts} on
 * the class path (an optional dependency of awskit-core).
 *
 * <p>Whatever is not set is left to the SDK and its conventions ({@code AWS_REGION}, {@code AWS_PROFILE},
 * {@code AWS_ENDPOINT_URL}, the default credentials chain). Settings only ever touch the builder they are
 * applied to: no system property is set and no global interceptor is registered. Options already on the
 * builder's override configuration are kept; interceptors are added after the ones already there.
 *
 * <p>Immutable and thread-safe. {@link #toString()} names the credentials provider's type only.
 */
public final class ClientSettings {
    /** Access key and secret used by {@link #emulator(URI)}; emulators accept any. */
    public static final String EMULATOR_ACCESS_KEY = "test";

    private static final ClientSettings DEFAULTS = builder().build();

    private final Region region;
    private final AwsCredentialsProvider credentialsProvider;
    private final String profile;
    private final URI endpointOverride;
    private final RetryStrategy retryStrategy;
    private final Duration apiCallTimeout;
    private final Duration apiCallAttemptTimeout;
    private final boolean s3PathStyle;
    private final List<ExecutionInterceptor> interceptors;
    private final AssumeRole assumeRole;
    /** The role's credentials, created on first use and shared by every client these settings build. */
    private volatile AwsCredentialsProvider roleCredentials;

    private ClientSettings(Builder b) {
        this.region = b.region;
        this.credentialsProvider = b.credentialsProvider;
        this.profile = b.profile;
        this.endpointOverride = b.endpointOverride;
        this.retryStrategy = b.retryStrategy;
        this.apiCallTimeout = b.apiCallTimeout;
        this.apiCallAttemptTimeout = b.apiCallAttemptTimeout;
        this.s3PathStyle = b.s3PathStyle;
        this.interceptors = List.copyOf(b.interceptors);
        this.assumeRole = b.assumeRole;
    }

    /**
     * Settings that set nothing: clients are configured by the SDK's own conventions alone.
     *
     * @return the empty settings
     */
    public static ClientSettings defaults() {
        return DEFAULTS;
    }

    /**
     * The preset for a local emulator (moto server, LocalStack): the endpoint, static test credentials,
     * region {@code us-east-1}, S3 path-style addressing, and an interceptor that removes the
     * {@code Expect: 100-continue} header, which moto does not answer on async S3 uploads.
     *
     * @param endpoint the emulator's URL, e.g. {@code http://127.0.0.1:5000}
     * @return the preset; adjust with {@link #toBuilder()}
     * @throws IllegalArgumentException if {@code endpoint} is not an absolute http(s) URL
     */
    public static ClientSettings emulator(URI endpoint) {
        return builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(EMULATOR_ACCESS_KEY, EMULATOR_ACCESS_KEY)))
                .s3PathStyle(true)
                .addInterceptor(RemoveExpectContinue.INSTANCE)
                .build();
    }

    /**
     * Starts empty settings.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Applies these settings to {@code builder} and returns it for further configuration.
     *
     * @param builder any SDK client builder, e.g. {@code S3AsyncClient.builder()}
     * @param <B> the builder type
     * @param <C> the client type
     * @return the same builder
     */
    public <B extends AwsClientBuilder<B, C>, C> B applyTo(B builder) {
        Objects.requireNonNull(builder, "builder");
        if (region != null) {
            builder.region(region);
        }
        if (assumeRole != null) {
            builder.credentialsProvider(roleCredentials());
        } else if (credentialsProvider != null) {
            builder.credentialsProvider(credentialsProvider);
        } else if (profile != null) {
            builder.credentialsProvider(ProfileCredentialsProvider.create(profile));
        }
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        if (s3PathStyle) {
            S3PathStyle.applyIfS3(builder);
        }
        ClientOverrideConfiguration current = builder.overrideConfiguration();
        ClientOverrideConfiguration.Builder override =
                current == null ? ClientOverrideConfiguration.builder() : current.toBuilder();
        if (profile != null) {
            override.defaultProfileName(profile);
        }
        if (retryStrategy != null) {
            override.retryStrategy(retryStrategy);
        }
        if (apiCallTimeout != null) {
            override.apiCallTimeout(apiCallTimeout);
        }
        if (apiCallAttemptTimeout != null) {
            override.apiCallAttemptTimeout(apiCallAttemptTimeout);
        }
        interceptors.forEach(override::addExecutionInterceptor);
        return builder.overrideConfiguration(override.build());
    }

    /**
     * Applies these settings to {@code builder} and builds the client. The caller owns (and closes) it.
     *
     * @param builder any SDK client builder, e.g. {@code SsmAsyncClient.builder()}
     * @param <B> the builder type
     * @param <C> the client type
     * @return the configured client
     */
    public <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        return applyTo(builder).build();
    }

    /**
     * Asks STS ({@code GetCallerIdentity}) who clients built from these settings act as: the assumed role's session
     * when a role is set, else the base identity. Needs {@code software.amazon.awssdk:sts} on the class path.
     *
     * @return the identity; fails with the SDK's exception when STS refuses
     * @throws IllegalStateException if the STS module is not on the class path
     */
    @AsyncOnly("ClientSettings is configuration, not a helper with a sync view; join() the future to block")
    public CompletableFuture<CallerIdentity> callerIdentity() {
        return StsCredentials.callerIdentity(this);
    }

    /**
     * Returns the credentials provider clients built from these settings use: the assumed role's (shared, created on
     * first use) when a role is set, else the one set on the builder, or {@code null} for the SDK's default chain or
     * the profile.
     *
     * @return the provider, or {@code null}
     * @throws IllegalStateException if a role is set and the STS module is not on the class path
     */
    public AwsCredentialsProvider effectiveCredentialsProvider() {
        return assumeRole != null ? roleCredentials() : credentialsProvider;
    }

    private AwsCredentialsProvider roleCredentials() {
        AwsCredentialsProvider provider = roleCredentials;
        if (provider == null) {
            synchronized (this) {
                provider = roleCredentials;
                if (provider == null) {
                    provider = StsCredentials.provider(assumeRole, toBuilder().assumeRole((AssumeRole) null)
                            .build());
                    roleCredentials = provider;
                }
            }
        }
        return provider;
    }

    /** @return the role assumed on top of the base credentials, if any */
    public Optional<AssumeRole> assumeRole() {
        return Optional.ofNullable(assumeRole);
    }

    /** @return the region, or {@code null} to let the SDK decide */
    public Region region() {
        return region;
    }

    /** @return the credentials provider, or {@code null} */
    public AwsCredentialsProvider credentialsProvider() {
        return credentialsProvider;
    }

    /** @return the profile name, or {@code null} */
    public String profile() {
        return profile;
    }

    /** @return the endpoint override, or {@code null} */
    public URI endpointOverride() {
        return endpointOverride;
    }

    /** @return the retry strategy, or {@code null} for the SDK's default */
    public RetryStrategy retryStrategy() {
        return retryStrategy;
    }

    /** @return the API call timeout, or {@code null} */
    public Duration apiCallTimeout() {
        return apiCallTimeout;
    }

    /** @return the API call attempt timeout, or {@code null} */
    public Duration apiCallAttemptTimeout() {
        return apiCallAttemptTimeout;
    }

    /** @return whether S3 clients use path-style addressing */
    public boolean s3PathStyle() {
        return s3PathStyle;
    }

    /** @return the interceptors added to every client, in order */
    public List<ExecutionInterceptor> interceptors() {
        return interceptors;
    }

    @Override
    public String toString() {
        return "ClientSettings[region=" + region
                + ", credentials=" + (credentialsProvider == null ? null : credentialsProvider.getClass().getSimpleName())
                + ", profile=" + profile + ", endpointOverride=" + endpointOverride
                + ", retryStrategy=" + (retryStrategy == null ? null : retryStrategy.getClass().getSimpleName())
                + ", apiCallTimeout=" + apiCallTimeout + ", apiCallAttemptTimeout=" + apiCallAttemptTimeout
                + ", s3PathStyle=" + s3PathStyle + ", interceptors=" + interceptors.size()
                + (assumeRole == null ? "" : ", " + assumeRole) + "]";
    }

    /**
     * Builds {@link ClientSettings}. Not thread-safe; {@link #build()} copies the state.
     */
    public static final class Builder {
        private Region region;
        private AwsCredentialsProvider credentialsProvider;
        private String profile;
        private URI endpointOverride;
        private RetryStrategy retryStrategy;
        private Duration apiCallTimeout;
        private Duration apiCallAttemptTimeout;
        private boolean s3PathStyle;
        private final List<ExecutionInterceptor> interceptors = new ArrayList<>();
        private AssumeRole assumeRole;

        private Builder() {
        }

        private Builder(ClientSettings s) {
            region = s.region;
            credentialsProvider = s.credentialsProvider;
            profile = s.profile;
            endpointOverride = s.endpointOverride;
            retryStrategy = s.retryStrategy;
            apiCallTimeout = s.apiCallTimeout;
            apiCallAttemptTimeout = s.apiCallAttemptTimeout;
            s3PathStyle = s.s3PathStyle;
            interceptors.addAll(s.interceptors);
            assumeRole = s.assumeRole;
        }

        /**
         * Sets the region; {@code null} leaves it to the SDK ({@code AWS_REGION}, the profile, ...).
         *
         * @param region the region
         * @return this builder
         */
        public Builder region(Region region) {
            this.region = region;
            return this;
        }

        /**
         * Sets the region by its id, e.g. {@code "eu-west-1"}.
         *
         * @param regionId the region id
         * @return this builder
         * @throws IllegalArgumentException if {@code regionId} is blank or not a well-formed region id
         */
        public Builder region(String regionId) {
            if (regionId == null || !regionId.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
                throw new IllegalArgumentException("not a region id: '" + regionId + "' (expected e.g. eu-west-1)");
            }
            this.region = Region.of(regionId);
            return this;
        }

        /**
         * Sets the credentials provider; it takes precedence over {@link #profile(String)} for credentials.
         *
         * @param credentialsProvider the provider, or {@code null} for the default chain
         * @return this builder
         */
        public Builder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
            this.credentialsProvider = credentialsProvider;
            return this;
        }

        /**
         * Sets the named profile for credentials and client defaults (region) from the AWS config files.
         *
         * @param profile the profile name, or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if {@code profile} is blank
         */
        public Builder profile(String profile) {
            if (profile != null && profile.isBlank()) {
                throw new IllegalArgumentException("profile must not be blank: '" + profile + "'");
            }
            this.profile = profile;
            return this;
        }

        /**
         * Sends every call to {@code endpoint} instead of the service's regional endpoint.
         *
         * @param endpoint an absolute http(s) URL, or {@code null} to clear
         * @return this builder
         * @throws IllegalArgumentException if {@code endpoint} is not an absolute http(s) URL
         */
        public Builder endpointOverride(URI endpoint) {
            if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null
                    || !endpoint.getScheme().matches("https?"))) {
                throw new IllegalArgumentException("endpoint must be an absolute http(s) URL: '" + endpoint + "'");
            }
            this.endpointOverride = endpoint;
            return this;
        }

        /**
         * Replaces the SDK's retry strategy, e.g. {@code AwsRetryStrategy.standardRetryStrategy()}.
         *
         * @param retryStrategy the strategy, or {@code null} for the SDK's default
         * @return this builder
         */
        public Builder retryStrategy(RetryStrategy retryStrategy) {
            this.retryStrategy = retryStrategy;
            return this;
        }

        /**
         * Bounds each API call, retries included.
         *
         * @param timeout positive, or {@code null} for none
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         */
        public Builder apiCallTimeout(Duration timeout) {
            this.apiCallTimeout = positiveOrNull("apiCallTimeout", timeout);
            return this;
        }

        /**
         * Bounds each HTTP attempt of an API call.
         *
         * @param timeout positive, or {@code null} for none
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         */
        public Builder apiCallAttemptTimeout(Duration timeout) {
            this.apiCallAttemptTimeout = positiveOrNull("apiCallAttemptTimeout", timeout);
            return this;
        }

        /**
         * Makes S3 clients use path-style addressing ({@code http://host/bucket/key}), which emulators need.
         * Has no effect on other clients.
         *
         * @param pathStyle whether to force path style
         * @return this builder
         */
        public Builder s3PathStyle(boolean pathStyle) {
            this.s3PathStyle = pathStyle;
            return this;
        }

        /**
         * Adds an interceptor to every client these settings build (after the builder's own).
         *
         * @param interceptor the interceptor, e.g. a test's fault injector
         * @return this builder
         */
        public Builder addInterceptor(ExecutionInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * Removes every interceptor added so far.
         *
         * @return this builder
         */
        public Builder clearInterceptors() {
            interceptors.clear();
            return this;
        }

        /**
         * Assumes {@code role} on top of the other credentials settings (provider, profile or the default chain), which
         * then only sign the STS calls. Every client built from the resulting settings shares one provider of the
         * role's credentials, refreshed before they expire.
         *
         * @param role the role, or {@code null} to clear
         * @return this builder
         */
        public Builder assumeRole(AssumeRole role) {
            this.assumeRole = role;
            return this;
        }

        /**
         * Assumes the role described by {@code role}.
         *
         * @param role fills an {@link AssumeRole.Builder}
         * @return this builder
         * @throws IllegalArgumentException if a value is invalid
         * @throws NullPointerException if the role ARN or session name is missing
         */
        public Builder assumeRole(Consumer<AssumeRole.Builder> role) {
            AssumeRole.Builder builder = AssumeRole.builder();
            Objects.requireNonNull(role, "role").accept(builder);
            return assumeRole(builder.build());
        }

        /**
         * Builds the settings.
         *
         * @return immutable settings
         */
        public ClientSettings build() {
            return new ClientSettings(this);
        }

        private static Duration positiveOrNull(String name, Duration value) {
            if (value != null && (value.isZero() || value.isNegative())) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
