package dev.awskit.secrets;

import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.core.preload.PreloadItem;
import dev.awskit.core.preload.PreloadSource;
import dev.awskit.secrets.internal.PreloadParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads what a {@link PreloadConfig} lists into the caches, all at once, in one line:
 *
 * <pre>{@code
 * PreloadReport report = Preloader.from(PreloadConfig.read(Path.of("config.yaml")))
 *         .source(items)                       // the PreloadSource of another section (another module's)
 *         .sync().into(secrets, parameters);
 * }</pre>
 *
 * <p>Current secrets load through {@code BatchGetSecretValue}, decrypted parameters through
 * {@code GetParameters}, the rest one by one; every item of another section goes to the
 * {@link PreloadSource} registered for it. Each entry with a TTL (its own or the file's) gets that TTL as its
 * policy in its cache ({@link PreloadConfig#policy}). A failed entry is reported and does not stop the others; an
 * entry whose cache was not given, or an item whose section has no source, is reported as failed, never dropped.
 * Immutable and thread-safe; {@link #source(PreloadSource)} returns a new preloader.
 */
public final class Preloader {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.secrets");

    private final PreloadConfig config;
    private final Map<String, PreloadSource> sources;
    private final PreloaderSync sync = new PreloaderSync(this);

    private Preloader(PreloadConfig config, Map<String, PreloadSource> sources) {
        this.config = config;
        this.sources = Collections.unmodifiableMap(sources);
    }

    /**
     * Starts a preload of {@code config}.
     *
     * @param config what to load
     * @return a preloader without sources
     * @throws NullPointerException if {@code config} is null
     */
    public static Preloader from(PreloadConfig config) {
        return new Preloader(Objects.requireNonNull(config, "config"), new LinkedHashMap<>());
    }

    /**
     * Registers the loader of one more section of the file.
     *
     * @param source the source; its {@link PreloadSource#section()} names the section
     * @return a new preloader with the source added
     * @throws NullPointerException if {@code source} or its section is null
     * @throws IllegalArgumentException if the section is one this module reads ({@code secrets},
     *     {@code secretsManager}, {@code parameters}) or already has a source
     */
    public Preloader source(PreloadSource source) {
        Objects.requireNonNull(source, "source");
        String section = Objects.requireNonNull(source.section(), "section");
        if (PreloadParser.OWN_SECTIONS.contains(section) || section.equals("ttl")) {
            throw new IllegalArgumentException("section '" + section + "' is read by awskit-secrets itself");
        }
        if (sources.containsKey(section)) {
            throw new IllegalArgumentException("section '" + section + "' already has a source: "
                    + sources.get(section));
        }
        Map<String, PreloadSource> more = new LinkedHashMap<>(sources);
        more.put(section, source);
        return new Preloader(config, more);
    }

    /**
     * Loads everything into both caches and the registered sources.
     *
     * @param secrets where secrets load
     * @param parameters where parameters and paths load
     * @return the report, once every entry and item has loaded or failed; never fails as a whole
     * @throws NullPointerException if a cache is null
     * @throws IllegalArgumentException if a source rejects one of its items (before anything loads)
     */
    public CompletableFuture<PreloadReport> into(SecretCache secrets, ParameterCache parameters) {
        return run(Objects.requireNonNull(secrets, "secrets"), Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * Loads into a secret cache and the registered sources; parameter entries are reported as failed.
     *
     * @param secrets where secrets load
     * @return the report
     * @throws NullPointerException if {@code secrets} is null
     * @throws IllegalArgumentException if a source rejects one of its items (before anything loads)
     */
    public CompletableFuture<PreloadReport> into(SecretCache secrets) {
        return run(Objects.requireNonNull(secrets, "secrets"), null);
    }

    /**
     * Loads into a parameter cache and the registered sources; secret entries are reported as failed.
     *
     * @param parameters where parameters and paths load
     * @return the report
     * @throws NullPointerException if {@code parameters} is null
     * @throws IllegalArgumentException if a source rejects one of its items (before anything loads)
     */
    public CompletableFuture<PreloadReport> into(ParameterCache parameters) {
        return run(null, Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * Returns the blocking view, the same instance every time.
     *
     * @return the view
     */
    public PreloaderSync sync() {
        return sync;
    }

    private CompletableFuture<PreloadReport> run(SecretCache secrets, ParameterCache parameters) {
        List<PreloadItem> items = config.items().stream().map(config::withDefaultTtl).toList();
        for (PreloadItem item : items) {
            PreloadSource source = sources.get(item.section());
            if (source != null) {
                source.check(item);
            }
        }
        applyTtls(secrets, parameters);
        Map<String, CompletableFuture<?>> loads = new LinkedHashMap<>();
        List<String> batchSecrets = new ArrayList<>();
        List<String> batchParameters = new ArrayList<>();
        for (PreloadEntry entry : config.entries()) {
            String name = entry.toString();
            switch (entry.kind()) {
                case SECRET -> {
                    if (secrets == null) {
                        loads.put(name, missing("SecretCache", entry));
                    } else if (entry.version() == null) {
                        batchSecrets.add(entry.name());
                    } else {
                        loads.put(name, secrets.get(entry.name(), entry.version()));
                    }
                }
                case PARAMETER -> {
                    if (parameters == null) {
                        loads.put(name, missing("ParameterCache", entry));
                    } else if (entry.decrypt()) {
                        batchParameters.add(entry.name());
                    } else {
                        loads.put(name, parameters.getParameter(entry.name(), false));
                    }
                }
                case PARAMETER_PATH -> loads.put(name, parameters == null ? missing("ParameterCache", entry)
                        : parameters.getByPath(entry.name()));
                default -> throw new IllegalStateException(String.valueOf(entry.kind()));
            }
        }
        if (!batchSecrets.isEmpty()) {
            CompletableFuture<BatchResult<String, SecretValue>> batch = secrets.preload(batchSecrets);
            batchSecrets.forEach(id -> loads.put(new PreloadEntry(PreloadEntry.Kind.SECRET, id, null, true, null)
                    .toString(), pick(batch, id)));
        }
        if (!batchParameters.isEmpty()) {
            CompletableFuture<BatchResult<String, Parameter>> batch = parameters.getAll(batchParameters);
            batchParameters.forEach(n -> loads.put("parameter " + n, pick(batch, n)));
        }
        for (PreloadItem item : items) {
            loads.put(item.toString(), start(item));
        }
        return report(loads);
    }

    private void applyTtls(SecretCache secrets, ParameterCache parameters) {
        for (PreloadEntry entry : config.entries()) {
            Duration ttl = config.ttlOf(entry);
            if (ttl == null) {
                continue;
            }
            if (entry.kind() == PreloadEntry.Kind.SECRET && secrets != null) {
                secrets.policy(entry.name(), PreloadConfig.policy(secrets.policy(), ttl));
            } else if (entry.kind() != PreloadEntry.Kind.SECRET && parameters != null) {
                parameters.policy(entry.name(), PreloadConfig.policy(parameters.policy(), ttl));
            }
        }
    }

    private CompletableFuture<?> start(PreloadItem item) {
        PreloadSource source = sources.get(item.section());
        if (source == null) {
            return CompletableFuture.failedFuture(new AwsKitSecretsException("no PreloadSource is registered for "
                    + "section '" + item.section() + "' (registered: " + sources.keySet() + "; read here: "
                    + PreloadParser.OWN_SECTIONS + ")"));
        }
        try {
            return Objects.requireNonNull(source.preload(item), "PreloadSource returned null");
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static CompletableFuture<?> missing(String what, PreloadEntry entry) {
        return CompletableFuture.failedFuture(new AwsKitSecretsException("no " + what + " was given to the "
                + "Preloader for " + entry));
    }

    private static <V> CompletableFuture<V> pick(CompletableFuture<BatchResult<String, V>> batch, String id) {
        return batch.thenCompose(result -> result.values().containsKey(id)
                ? CompletableFuture.completedFuture(result.values().get(id))
                : CompletableFuture.failedFuture(result.failures().getOrDefault(id,
                        new AwsKitSecretsException("the batch read returned nothing for " + id))));
    }

    private static CompletableFuture<PreloadReport> report(Map<String, CompletableFuture<?>> loads) {
        return CompletableFuture.allOf(loads.values().toArray(CompletableFuture[]::new)).handle((ignored, failure) -> {
            List<String> loaded = new ArrayList<>();
            Map<String, Throwable> failures = new LinkedHashMap<>();
            loads.forEach((name, load) -> {
                Throwable error = load.handle((value, e) -> e).join();
                if (error == null) {
                    loaded.add(name);
                } else {
                    failures.put(name, dev.awskit.core.Futures.unwrap(error));
                }
            });
            PreloadReport report = new PreloadReport(loaded, failures);
            if (report.isComplete()) {
                LOG.info("preload: {} entries loaded", loaded.size());
            } else {
                LOG.warn("preload: {} entries loaded, {} failed: {}", loaded.size(), failures.size(),
                        failures.keySet());
            }
            return report;
        });
    }

    @Override
    public String toString() {
        return "Preloader[" + config + ", sources=" + sources.keySet() + "]";
    }
}
