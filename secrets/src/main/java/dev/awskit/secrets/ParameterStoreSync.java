package dev.awskit.secrets;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * The blocking view of a {@link ParameterStore} ({@link ParameterStore#sync()}); failures are thrown as they are
 * ({@link ParameterStoreException}). Thread-safe.
 */
public final class ParameterStoreSync {
    private final ParameterStore store;

    ParameterStoreSync(ParameterStore store) {
        this.store = store;
    }

    /**
     * Reads a parameter, decrypted; see {@link ParameterStore#get(String)}.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @return the parameter
     */
    public Parameter get(String name) {
        return Futures.join(store.get(name));
    }

    /**
     * Reads a parameter that may not exist; see {@link ParameterStore#find(String)}.
     *
     * @param name the name, optionally with a selector
     * @return the parameter or empty
     */
    public Optional<Parameter> find(String name) {
        return Futures.join(store.find(name));
    }

    /**
     * Writes a parameter; see {@link ParameterStore#put(String, String, ParameterType, boolean)}.
     *
     * @param name the name
     * @param value the value
     * @param type the type
     * @param overwrite whether an existing parameter gets a new version
     * @return the new version
     */
    public Long put(String name, String value, ParameterType type, boolean overwrite) {
        return Futures.join(store.put(name, value, type, overwrite));
    }

    /**
     * Writes a {@code StringList}; see {@link ParameterStore#putList(String, List, boolean)}.
     *
     * @param name the name
     * @param values the values
     * @param overwrite whether an existing parameter gets a new version
     * @return the new version
     */
    public Long putList(String name, List<String> values, boolean overwrite) {
        return Futures.join(store.putList(name, values, overwrite));
    }

    /**
     * Writes a {@code SecureString}; see {@link ParameterStore#putSecure(String, SecretValue, boolean)}.
     *
     * @param name the name
     * @param value the secret
     * @param overwrite whether an existing parameter gets a new version
     * @return the new version
     */
    public Long putSecure(String name, SecretValue value, boolean overwrite) {
        return Futures.join(store.putSecure(name, value, overwrite));
    }

    /**
     * Deletes a parameter; see {@link ParameterStore#delete(String)}.
     *
     * @param name the name
     * @return true when deleted, false when it did not exist
     */
    public Boolean delete(String name) {
        return Futures.join(store.delete(name));
    }

    /**
     * Reads every parameter under a path; see {@link ParameterStore#getByPath(String, boolean)}.
     *
     * @param path the path
     * @param recursive whether to descend
     * @return name to parameter
     */
    public Map<String, Parameter> getByPath(String path, boolean recursive) {
        return Futures.join(store.getByPath(path, recursive));
    }
}
