package dev.awskit.ssm.parameter;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.services.ssm.model.Parameter;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * One Parameter Store value, decrypted. {@link #toString()} never shows the value of a
 * {@code SecureString}.
 *
 * @param name the full name, e.g. {@code /app/db/password}
 * @param type {@code String}, {@code StringList} or {@code SecureString}
 * @param value the value (decrypted for a {@code SecureString})
 * @param version the version read
 * @param lastModified when the version was written, or {@code null}
 */
public record StoredParameter(String name, ParameterType type, String value, long version, Instant lastModified) {

    /**
     * Converts the SDK's parameter.
     *
     * @param parameter the SDK model
     * @return the parameter
     */
    public static StoredParameter from(Parameter parameter) {
        return new StoredParameter(parameter.name(), parameter.type(), parameter.value(),
                parameter.version() == null ? 0 : parameter.version(), parameter.lastModifiedDate());
    }

    /** @return whether the value is a {@code SecureString} */
    public boolean isSecure() {
        return type == ParameterType.SECURE_STRING;
    }

    /**
     * Splits a {@code StringList} value at its commas.
     *
     * @return the values
     */
    public List<String> values() {
        return Arrays.asList(value.split(",", -1));
    }

    @Override
    public String toString() {
        return "StoredParameter[name=" + name + ", type=" + type + ", version=" + version + ", value="
                + (isSecure() ? "***" : value) + "]";
    }
}
