package dev.awskit.secrets;

import dev.awskit.core.AwsKitException;
import dev.awskit.core.Futures;
import dev.awskit.core.cache.BatchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads what a {@link PreloadConfig} lists into the caches, all at once: current secrets through
 * {@code BatchGetSecretValue}, decrypted parameters through {@code GetParameters}, the rest one by one, and
 * DynamoDB items through an {@link ItemPreloader}. A failed entry is reported and does not stop the others.
 *
 * <pre>{@code
 * PreloadConfig config = PreloadConfig.read(Path.of("config.yaml"));
 * SecretCache secrets = config.configure(SecretCache.builder().client(sm), CachePolicy.defaults()).build();
 * ParameterCache parameters = config.configure(ParameterCache.builder().client(ssm), CachePolicy.defaults()).build();
 * PreloadReport report = Preloader.builder().secrets(secrets).parameters(parameters).build().preload(config).join();
 * }</pre>
 */
public final class Preloader {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.secrets");

    private final SecretCache secrets;
    private final ParameterCache parameters;
    private final ItemPreloader items;

    private Preloader(Builder builder) {
        this.secrets = builder.secrets;
        this.parameters = builder.parameters;
        this.items = builder.items;
    }

    /**
     * Starts a builder; set the caches the configuration needs.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads every entry of {@code config}. Never fails as a whole: entries whose cache or item loader was not
     * given fail one by one too.
     *
     * @param config what to load
     * @return the report, once every entry has loaded or failed
     * @throws NullPointerException if {@code config} is null
     */
    public CompletableFuture<PreloadReport> preload(PreloadConfig config) {
        Objects.requireNonNull(config, "config");
        Map<PreloadEntry, CompletableFuture<?>> loads = new LinkedHashMap<>();
        List<PreloadEntry> batchSecrets = new ArrayList<>();
        List<PreloadEntry> batchParameters = new ArrayList<>();
        for (PreloadEntry entry : config.entries()) {
            switch (entry.kind()) {
                case SECRET -> {
                    if (secrets != null && entry.version() == null) {
                        batchSecrets.add(entry);
                    } else {
                        loads.put(entry, secrets == null ? missing("SecretCache") : secrets.get(entry.name(), entry.version()));
                    }
                }
                case PARAMETER -> {
                    if (parameters != null && entry.decrypt()) {
                        batchParameters.add(entry);
                    } else {
                        loads.put(entry, parameters == null ? missing("ParameterCache")
                                : parameters.getParameter(entry.name(), entry.decrypt()));
                    }
                }
                case PARAMETER_PATH -> loads.put(entry, parameters == null ? missing("ParameterCache")
                        : parameters.getByPath(entry.name()));
                case DYNAMODB_ITEM -> loads.put(entry, items == null ? missing("ItemPreloader") : start(entry));
                default -> throw new IllegalStateException(String.valueOf(entry.kind()));
            }
        }
        if (!batchSecrets.isEmpty()) {
            CompletableFuture<BatchResult<String, dev.awskit.core.SecretValue>> batch =
                    secrets.preload(batchSecrets.stream().map(PreloadEntry::name).toList());
            batchSecrets.forEach(entry -> loads.put(entry, pick(batch, entry.name())));
        }
        if (!batchParameters.isEmpty()) {
            CompletableFuture<BatchResult<String, Parameter>> batch =
                    parameters.getAll(batchParameters.stream().map(PreloadEntry::name).toList());
            batchParameters.forEach(entry -> loads.put(entry, pick(batch, entry.name())));
        }
        return report(config, loads);
    }

    private CompletableFuture<?> start(PreloadEntry entry) {
        try {
            return Objects.requireNonNull(items.preload(entry), "item preloader returned null");
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static CompletableFuture<?> missing(String what) {
        return CompletableFuture.failedFuture(new AwsKitException("no " + what + " was given to the Preloader"));
    }

    private static <V> CompletableFuture<V> pick(CompletableFuture<BatchResult<String, V>> batch, String id) {
        return batch.thenCompose(result -> result.values().containsKey(id)
                ? CompletableFuture.completedFuture(result.values().get(id))
                : CompletableFuture.failedFuture(result.failures().getOrDefault(id,
                        new AwsKitException("batch read returned nothing for " + id))));
    }

    private static CompletableFuture<PreloadReport> report(PreloadConfig config, Map<PreloadEntry, CompletableFuture<?>> loads) {
        return CompletableFuture.allOf(loads.values().toArray(CompletableFuture[]::new)).handle((ignored, failure) -> {
            List<PreloadEntry> loaded = new ArrayList<>();
            Map<PreloadEntry, Throwable> failures = new LinkedHashMap<>();
            for (PreloadEntry entry : config.entries()) {
                CompletableFuture<?> load = loads.get(entry);
                Throwable error = load.handle((value, e) -> e).join();
                if (error == null) {
                    loaded.add(entry);
                } else {
                    failures.put(entry, Futures.unwrap(error));
                }
            }
            PreloadReport report = new PreloadReport(loaded, failures);
            if (report.isComplete()) {
                LOG.info("preload: {} entries loaded", loaded.size());
            } else {
                LOG.warn("preload: {} entries loaded, {} failed: {}", loaded.size(), failures.size(), failures.keySet());
            }
            return report;
        });
    }

    /** Builds a {@link Preloader}. Not thread-safe. */
    public static final class Builder {
        private SecretCache secrets;
        private ParameterCache parameters;
        private ItemPreloader items;

        private Builder() {
        }

        /**
         * Sets the cache secrets load into.
         *
         * @param secrets the cache
         * @return this builder
         */
        public Builder secrets(SecretCache secrets) {
            this.secrets = Objects.requireNonNull(secrets, "secrets");
            return this;
        }

        /**
         * Sets the cache parameters and paths load into.
         *
         * @param parameters the cache
         * @return this builder
         */
        public Builder parameters(ParameterCache parameters) {
            this.parameters = Objects.requireNonNull(parameters, "parameters");
            return this;
        }

        /**
         * Sets how DynamoDB items load.
         *
         * @param items the item preloader
         * @return this builder
         */
        public Builder items(ItemPreloader items) {
            this.items = Objects.requireNonNull(items, "items");
            return this;
        }

        /**
         * Builds the preloader.
         *
         * @return the preloader
         */
        public Preloader build() {
            return new Preloader(this);
        }
    }
}
