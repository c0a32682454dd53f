package dev.awskit.s3;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a listing: an object, or (when listing with a delimiter) a "folder", the common prefix of the keys
 * below it.
 *
 * @param key the object's key, or the folder's prefix ending with the delimiter
 * @param size the object's size; 0 for a folder
 * @param eTag the object's ETag; empty for a folder
 * @param lastModified when the object was written; empty for a folder
 * @param folder whether this is a common prefix rather than an object
 */
public record ListEntry(String key, long size, Optional<String> eTag, Optional<Instant> lastModified, boolean folder) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ListEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(eTag, "eTag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /**
     * Returns a folder entry.
     *
     * @param prefix the common prefix
     * @return the entry
     */
    public static ListEntry folder(String prefix) {
        return new ListEntry(prefix, 0, Optional.empty(), Optional.empty(), true);
    }
}
