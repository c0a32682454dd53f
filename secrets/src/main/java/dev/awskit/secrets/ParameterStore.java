package dev.awskit.secrets;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import dev.awskit.secrets.internal.ParameterReader;
import dev.awskit.secrets.internal.SsmBackend;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * Reads and writes SSM Parameter Store without caching, asynchronously; values are read decrypted and held as
 * {@link Parameter}s (the value a {@link SecretValue}, so nothing prints it). For repeated reads use
 * {@link ParameterCache}, which reads through the same code.
 *
 * <pre>{@code
 * ParameterStore store = ParameterStore.create(ssm);
 * store.sync().put("/app/db/url", "jdbc:postgresql://db/app", ParameterType.STRING, true);
 * Parameter url = store.sync().get("/app/db/url");
 * Parameter first = store.sync().get("/app/db/url:1");                 // a version
 * Parameter stable = store.sync().get("/app/db/url:stable");           // a label
 * Map<String, Parameter> app = store.sync().getByPath("/app", true);   // every page, recursively
 * }</pre>
 *
 * <p>Versions are named as Parameter Store itself names them, with a selector: {@code name:version} or
 * {@code name:label}. Failures are {@link ParameterStoreException}s naming the parameter (never its value), whose
 * cause is the SDK's error. Thread-safe; the client is the caller's and is never closed here.
 */
public final class ParameterStore {
    private final SsmAsyncClient client;
    private final ParameterReader reader;
    private final ParameterStoreSync sync;

    private ParameterStore(SsmAsyncClient client) {
        this.client = client;
        this.reader = new ParameterReader(SsmBackend.of(client));
        this.sync = new ParameterStoreSync(this);
    }

    /**
     * Creates the store view.
     *
     * @param client the SSM client
     * @return the store
     * @throws NullPointerException if {@code client} is null
     */
    public static ParameterStore create(SsmAsyncClient client) {
        return new ParameterStore(Objects.requireNonNull(client, "client"));
    }

    /**
     * Reads a parameter, decrypted.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @return the parameter; fails with {@link ParameterStoreException} (cause {@link ParameterNotFoundException}
     *     when it does not exist)
     * @throws IllegalArgumentException if {@code name} is malformed
     * @throws NullPointerException if {@code name} is null
     */
    public CompletableFuture<Parameter> get(String name) {
        return reader.get(Names.parameterName(name), true);
    }

    /**
     * Reads a parameter that may not exist.
     *
     * @param name the name, optionally with a selector
     * @return the parameter, or empty when it (or the version or label) does not exist
     * @throws IllegalArgumentException if {@code name} is malformed
     * @throws NullPointerException if {@code name} is null
     */
    public CompletableFuture<Optional<Parameter>> find(String name) {
        return get(name).handle((parameter, error) -> {
            if (error == null) {
                return Optional.of(parameter);
            }
            Throwable failure = Futures.unwrap(error);
            if (failure.getCause() instanceof ParameterNotFoundException) {
                return Optional.empty();
            }
            throw (ParameterStoreException) failure;
        });
    }

    /**
     * Writes a parameter.
     *
     * @param name the name (no selector)
     * @param value the value; for a {@code StringList}, comma-separated
     * @param type the type
     * @param overwrite whether an existing parameter gets a new version (otherwise the write fails)
     * @return the new version
     * @throws IllegalArgumentException if {@code name} is malformed
     * @throws NullPointerException if an argument is null
     */
    public CompletableFuture<Long> put(String name, String value, ParameterType type, boolean overwrite) {
        Names.parameterName(name);
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        return ParameterReader.named(client.putParameter(r -> r.name(name).value(value).type(type)
                .overwrite(overwrite)), name, "write").thenApply(r -> r.version());
    }

    /**
     * Writes a {@code StringList}.
     *
     * @param name the name
     * @param values the values; none may contain a comma
     * @param overwrite whether an existing parameter gets a new version
     * @return the new version
     * @throws IllegalArgumentException if a value contains a comma, or {@code name} is malformed
     * @throws NullPointerException if an argument is null
     */
    public CompletableFuture<Long> putList(String name, List<String> values, boolean overwrite) {
        for (String value : Objects.requireNonNull(values, "values")) {
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
     * @throws IllegalArgumentException if {@code name} is malformed
     * @throws NullPointerException if an argument is null
     */
    public CompletableFuture<Long> putSecure(String name, SecretValue value, boolean overwrite) {
        return put(name, Objects.requireNonNull(value, "value").reveal(), ParameterType.SECURE_STRING, overwrite);
    }

    /**
     * Deletes a parameter.
     *
     * @param name the name
     * @return true when it was deleted, false when it did not exist
     * @throws IllegalArgumentException if {@code name} is malformed
     * @throws NullPointerException if {@code name} is null
     */
    public CompletableFuture<Boolean> delete(String name) {
        Names.parameterName(name);
        return client.deleteParameter(r -> r.name(name)).handle((r, error) -> {
            if (error == null) {
                return true;
            }
            Throwable cause = Futures.unwrap(error);
            if (cause instanceof ParameterNotFoundException) {
                return false;
            }
            throw ParameterReader.failure("delete", name, cause);
        });
    }

    /**
     * Reads every parameter under a path, decrypted, following every page.
     *
     * @param path e.g. {@code /app}
     * @param recursive whether to descend below the first level
     * @return name to parameter, in the order the service returned them
     * @throws IllegalArgumentException if {@code path} does not start with {@code /}
     * @throws NullPointerException if {@code path} is null
     */
    public CompletableFuture<Map<String, Parameter>> getByPath(String path, boolean recursive) {
        return reader.getByPath(Names.path(path), recursive, true);
    }

    /**
     * Returns the blocking view of this store, the same instance every time.
     *
     * @return the view
     */
    public ParameterStoreSync sync() {
        return sync;
    }

    @Override
    public String toString() {
        return "ParameterStore";
    }
}
