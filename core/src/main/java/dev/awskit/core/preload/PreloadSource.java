package dev.awskit.core.preload;

import java.util.concurrent.CompletableFuture;

/**
 * Loads the entries of one section of a preload configuration file into its own cache, so that a module can take
 * part in preloading without the module that reads the file knowing its service. {@code awskit-secrets} reads the
 * file (its secrets and parameters sections itself) and hands every item of a section it does not know to the source
 * registered for that section; {@code awskit-dynamodb}, for example, supplies the source of the {@code dynamodb}
 * section.
 *
 * <p>Implementations are thread-safe; {@link #preload(PreloadItem)} never blocks.
 */
public interface PreloadSource {

    /**
     * Returns the name of the section this source reads, as written in the file, for example {@code dynamodb}.
     *
     * @return the section name
     */
    String section();

    /**
     * Checks one item of the section when the file is read, before anything is loaded.
     *
     * @param item the item
     * @throws IllegalArgumentException naming the item ({@link PreloadItem#toString()}) and the bad field
     */
    default void check(PreloadItem item) {
    }

    /**
     * Loads one item into the source's cache.
     *
     * @param item the item, with its TTL
     * @return completes when the item is cached; fails (with an {@code AwsKitException}) if it cannot be loaded
     */
    CompletableFuture<?> preload(PreloadItem item);
}
