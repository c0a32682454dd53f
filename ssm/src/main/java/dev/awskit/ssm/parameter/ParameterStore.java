package dev.awskit.ssm.parameter;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import dev.awskit.core.TransientErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * Reads and writes SSM Parameter Store, asynchronously; values are always read decrypted.
 *
 * <pre>{@code
 * ParameterStore store = ParameterStore.create(ssm);
 * store.put("/app/db/url", "jdbc:postgresql://db/app", ParameterType.STRING, true).join();
 * String url = store.get("/app/db/url").join().value();
 * String previous = store.get("/app/db/url:1").join().value();          // a version
 * Map<String, StoredParameter> app = store.getByPath("/app", true).join(); // every page, recursively
 * }</pre>
 *
 * <p>Names may carry a selector as the service supports it: {@code name:version} or {@code name:label}.
 * Failures are {@link ParameterStoreException}s naming the parameter, never its value. Thread-safe; the
 * client is the caller's.
 */
public final class ParameterStore {
    private final SsmAsyncClient client;

    private ParameterStore(SsmAsyncClient client) {
        this.client = client;
    }

    /**
     * Creates the store view.
     *
     * @param client the SSM client
     * @return the store
     */
    public static ParameterStore create(SsmAsyncClient client) {
        return new ParameterStore(Objects.requireNonNull(client, "client"));
    }

    /**
     * Reads a parameter, decrypted.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @return the parameter; fails with {@link ParameterStoreException} (cause
     *     {@link ParameterNotFoundException} when it does not exist)
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public CompletableFuture<StoredParameter> get(String name) {
        checkName(name);
        return wrap(client.getParameter(r -> r.name(name).withDecryption(true)), name, "read")
                .thenApply(r -> StoredParameter.from(r.parameter()));
    }

    /**
     * Reads one version of a parameter.
     *
     * @param name the name
     * @param version the version, from 1
     * @return the parameter
     * @throws IllegalArgumentException if {@code name} is blank or {@code version < 1}
     */
    public CompletableFuture<StoredParameter> get(String name, long version) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more: " + version);
        }
        return get(checkName(name) + ":" + version);
    }

    /**
     * Reads the version of a parameter that carries a label.
     *
     * @param name the name
     * @param label the label
     * @return the parameter
     * @throws IllegalArgumentException if a value is blank
     */
    public CompletableFuture<StoredParameter> getLabeled(String name, String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank: '" + label + "'");
        }
        return get(checkName(name) + ":" + label);
    }

    /**
     * Reads a parameter that may not exist.
     *
     * @param name the name, optionally with a selector
     * @return the parameter, or empty when it does not exist
     */
    public CompletableFuture<Optional<StoredParameter>> find(String name) {
        return get(name).handle((parameter, error) -> {
            if (error == null) {
                return Optional.of(parameter);
            }
            if (Futures.unwrap(error).getCause() instanceof ParameterNotFoundException) {
                return Optional.empty();
            }
            throw new ParameterStoreException("Reading parameter " + name + " failed", Futures.unwrap(error), name);
        });
    }

    /**
     * Writes a parameter.
     *
     * @param name the name
     * @param value the value; for a {@code StringList}, comma-separated
     * @param type the type
     * @param overwrite whether an existing parameter gets a new version (otherwise the write fails)
     * @return the new version
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public CompletableFuture<Long> put(String name, String value, ParameterType type, boolean overwrite) {
        checkName(name);
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        return wrap(client.putParameter(r -> r.name(name).value(value).type(type).overwrite(overwrite)), name, "write")
                .thenApply(r -> r.version());
    }

    /**
     * Writes a {@code StringList}.
     *
     * @param name the name
     * @param values the values; none may contain a comma
     * @param overwrite whether an existing parameter gets a new version
     * @return the new version
     * @throws IllegalArgumentException if a value contains a comma
     */
    public CompletableFuture<Long> putList(String name, List<String> values, boolean overwrite) {
        for (String value : values) {
            if (value.contains(",")) {
                throw new IllegalArgumentException("StringList values must not contain ',': '" + value + "'");
            }
        }
        return put(name, String.join(",", values), ParameterType.STRING_LIST, overwrite);
    }

    /**
     * Writes a {@code SecureString} with the account's default key.
     *
     * @param name the name
     * @param value the secret
     * @param overwrite whether an existing parameter gets a new version
     * @return the new version
     */
    public CompletableFuture<Long> putSecure(String name, SecretValue value, boolean overwrite) {
        return put(name, Objects.requireNonNull(value, "value").reveal(), ParameterType.SECURE_STRING, overwrite);
    }

    /**
     * Deletes a parameter.
     *
     * @param name the name
     * @return true when it was deleted, false when it did not exist
     */
    public CompletableFuture<Boolean> delete(String name) {
        checkName(name);
        return client.deleteParameter(r -> r.name(name)).handle((r, error) -> {
            if (error == null) {
                return true;
            }
            Throwable cause = Futures.unwrap(error);
            if (cause instanceof ParameterNotFoundException) {
                return false;
            }
            throw failure("delete", name, cause);
        });
    }

    /**
     * Reads every parameter under a path, decrypted, following every page.
     *
     * @param path e.g. {@code /app}
     * @param recursive whether to descend below the first level
     * @return name to parameter, in the order the service returned them
     * @throws IllegalArgumentException if {@code path} does not start with {@code /}
     */
    public CompletableFuture<Map<String, StoredParameter>> getByPath(String path, boolean recursive) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': '" + path + "'");
        }
        return page(path, recursive, null, new LinkedHashMap<>());
    }

    /**
     * Reads every value under a path, as {@link #getByPath(String, boolean)} but values only. Beware that the
     * map's {@code toString} shows secure values.
     *
     * @param path e.g. {@code /app}
     * @param recursive whether to descend below the first level
     * @return name to value
     */
    public CompletableFuture<Map<String, String>> getValuesByPath(String path, boolean recursive) {
        return getByPath(path, recursive).thenApply(all -> {
            Map<String, String> values = new LinkedHashMap<>();
            all.forEach((name, parameter) -> values.put(name, parameter.value()));
            return values;
        });
    }

    private CompletableFuture<Map<String, StoredParameter>> page(String path, boolean recursive, String token,
            Map<String, StoredParameter> found) {
        return wrap(client.getParametersByPath(r -> r.path(path).recursive(recursive).withDecryption(true)
                .nextToken(token)), path, "read path").thenCompose(response -> {
                    response.parameters().forEach(p -> found.put(p.name(), StoredParameter.from(p)));
                    String next = response.nextToken();
                    return next == null || next.isEmpty() ? CompletableFuture.completedFuture(found)
                            : page(path, recursive, next, found);
                });
    }

    private static <T> CompletableFuture<T> wrap(CompletableFuture<T> call, String name, String action) {
        return call.handle((value, error) -> {
            if (error != null) {
                throw failure(action, name, Futures.unwrap(error));
            }
            return value;
        }).thenApply(Function.identity());
    }

    private static ParameterStoreException failure(String action, String name, Throwable cause) {
        String code = TransientErrors.errorCode(cause);
        return new ParameterStoreException("Parameter store " + action + " of " + name + " failed"
                + (code == null ? ": " + cause.getClass().getSimpleName() : ": " + code), cause, name);
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + name + "'");
        }
        return name;
    }

    /**
     * Returns a blocking view of this store.
     *
     * @return the sync facade
     */
    public ParameterStoreSync sync() {
        return new ParameterStoreSync(this);
    }

    @Override
    public String toString() {
        return "ParameterStore";
    }
}
