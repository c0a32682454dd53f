package dev.awskit.ssm.parameter;

import dev.awskit.core.Futures;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** The blocking view of a {@link ParameterStore}; failures are thrown unwrapped. Thread-safe. */
public final class ParameterStoreSync {
    private final ParameterStore store;

    ParameterStoreSync(ParameterStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Reads a parameter, decrypted.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @return the parameter
     * @see ParameterStore#get(String)
     */
    public StoredParameter get(String name) {
        return Futures.join(store.get(name));
    }

    /**
     * Reads a parameter that may not exist.
     *
     * @param name the name
     * @return the parameter or empty
     */
    public Optional<StoredParameter> find(String name) {
        return Futures.join(store.find(name));
    }

    /**
     * Writes a parameter.
     *
     * @param name the name
     * @param value the value
     * @param type the type
     * @param overwrite whether an existing parameter gets a new version
     * @return the new version
     */
    public long put(String name, String value, ParameterType type, boolean overwrite) {
        return Futures.join(store.put(name, value, type, overwrite));
    }

    /**
     * Writes a {@code StringList}.
     *
     * @param name the name
     * @param values the values
     * @param overwrite whether an existing parameter gets a new version
     * @return the new version
     */
    public long putList(String name, List<String> values, boolean overwrite) {
        return Futures.join(store.putList(name, values, overwrite));
    }

    /**
     * Deletes a parameter.
     *
     * @param name the name
     * @return true when deleted, false when it did not exist
     */
    public boolean delete(String name) {
        return Futures.join(store.delete(name));
    }

    /**
     * Reads every parameter under a path.
     *
     * @param path the path
     * @param recursive whether to descend
     * @return name to parameter
     */
    public Map<String, StoredParameter> getByPath(String path, boolean recursive) {
        return Futures.join(store.getByPath(path, recursive));
    }
}
