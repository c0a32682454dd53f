package dev.awskit.secrets;

import java.util.Objects;

/**
 * Which version of a secret to read: a staging label ({@code AWSCURRENT}, {@code AWSPENDING},
 * {@code AWSPREVIOUS} or your own) or a version id. Part of the cache key, so different versions never share
 * an entry.
 *
 * @param stage the staging label, or null when {@code versionId} is set
 * @param versionId the version id, or null when {@code stage} is set
 */
public record SecretVersion(String stage, String versionId) {
    private static final SecretVersion CURRENT = new SecretVersion("AWSCURRENT", null);
    private static final SecretVersion PENDING = new SecretVersion("AWSPENDING", null);
    private static final SecretVersion PREVIOUS = new SecretVersion("AWSPREVIOUS", null);

    /**
     * Checks that exactly one of the two is set and not blank.
     *
     * @param stage the staging label, or null
     * @param versionId the version id, or null
     * @throws IllegalArgumentException if both or neither are set, or the one set is blank
     */
    public SecretVersion {
        if ((stage == null) == (versionId == null)) {
            throw new IllegalArgumentException("set exactly one of stage and versionId: stage=" + stage
                    + ", versionId=" + versionId);
        }
        String set = stage != null ? stage : versionId;
        if (set.isBlank() || set.length() > 256) {
            throw new IllegalArgumentException("version must be 1 to 256 non-blank characters: '" + set + "'");
        }
    }

    /** @return the {@code AWSCURRENT} stage, the default */
    public static SecretVersion current() {
        return CURRENT;
    }

    /** @return the {@code AWSPENDING} stage, the new value during a rotation */
    public static SecretVersion pending() {
        return PENDING;
    }

    /** @return the {@code AWSPREVIOUS} stage, the value before the last rotation */
    public static SecretVersion previous() {
        return PREVIOUS;
    }

    /**
     * A staging label.
     *
     * @param stage the label
     * @return the version selector
     * @throws IllegalArgumentException if {@code stage} is blank
     */
    public static SecretVersion stage(String stage) {
        return new SecretVersion(Objects.requireNonNull(stage, "stage"), null);
    }

    /**
     * A version id.
     *
     * @param versionId the id
     * @return the version selector
     * @throws IllegalArgumentException if {@code versionId} is blank
     */
    public static SecretVersion id(String versionId) {
        return new SecretVersion(null, Objects.requireNonNull(versionId, "versionId"));
    }

    @Override
    public String toString() {
        return stage != null ? stage : "version " + versionId;
    }
}
