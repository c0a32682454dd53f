package dev.awskit.secrets;

import dev.awskit.core.SecretValue;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * One Parameter Store parameter as read. The value is held as a {@link SecretValue} whatever the type, so
 * {@link #toString()} never shows it; a {@code SecureString} read with decryption holds the plain text.
 */
public final class Parameter {
    private final String name;
    private final ParameterType type;
    private final long version;
    private final Instant lastModified;
    private final SecretValue value;

    /**
     * Creates a parameter.
     *
     * @param name the parameter's name (without selector)
     * @param type String, StringList or SecureString
     * @param version the version read
     * @param lastModified when it was last changed, or null
     * @param value the value
     */
    public Parameter(String name, ParameterType type, long version, Instant lastModified, SecretValue value) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.version = version;
        this.lastModified = lastModified;
        this.value = Objects.requireNonNull(value, "value");
    }

    /** @return the parameter's name */
    public String name() {
        return name;
    }

    /** @return String, StringList or SecureString */
    public ParameterType type() {
        return type;
    }

    /** @return the version read */
    public long version() {
        return version;
    }

    /** @return when it was last changed, or null */
    public Instant lastModified() {
        return lastModified;
    }

    /** @return the value as text (plain text for a decrypted SecureString: handle with care) */
    public String value() {
        return value.reveal();
    }

    /** @return the value in the redaction type */
    public SecretValue secretValue() {
        return value;
    }

    /** @return a StringList's items (a String's whole value as one item) */
    public List<String> values() {
        String text = value.reveal();
        return type == ParameterType.STRING_LIST ? Arrays.stream(text.split(",", -1)).toList() : List.of(text);
    }

    /** @return whether the parameter is a SecureString */
    public boolean isSecure() {
        return type == ParameterType.SECURE_STRING;
    }

    /** Shows name, type and version; never the value. */
    @Override
    public String toString() {
        return "Parameter[name=" + name + ", type=" + type + ", version=" + version + ", value=redacted]";
    }
}
