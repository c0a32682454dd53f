package dev.awskit.secrets;

import java.util.Objects;

/** Preconditions on names and ids, checked before any API call. */
final class Names {
    private Names() {
    }

    static String secretId(String secretId) {
        Objects.requireNonNull(secretId, "secretId");
        if (secretId.isBlank() || secretId.length() > 2048) {
            throw new IllegalArgumentException("secretId must be 1 to 2048 non-blank characters: '" + secretId + "'");
        }
        return secretId;
    }

    static String field(String field) {
        Objects.requireNonNull(field, "field");
        if (field.isBlank()) {
            throw new IllegalArgumentException("field must not be blank: '" + field + "'");
        }
        return field;
    }

    static String parameterName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 2048 || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("parameter name must be 1 to 2048 characters without spaces: '"
                    + name + "'");
        }
        int colon = name.lastIndexOf(':');
        if (colon == 0 || colon == name.length() - 1) {
            throw new IllegalArgumentException("parameter selector must be name:version or name:label: '"
                    + name + "'");
        }
        return name;
    }

    static String path(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.length() > 2048 || path.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("path must start with / and have no spaces: '" + path + "'");
        }
        return path;
    }
}
