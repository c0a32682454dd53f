package dev.awskit.secrets;

import java.util.concurrent.CompletableFuture;

/**
 * Loads the DynamoDB items a {@link PreloadConfig} lists into whatever item cache the application uses (for
 * example awskit-dynamodb's item cache). A plug-in, so this module does not depend on a DynamoDB module.
 */
@FunctionalInterface
public interface ItemPreloader {

    /**
     * Loads one item into the cache.
     *
     * @param item the table ({@link PreloadEntry#name()}), key and TTL
     * @return completes when the item is cached; fails if it cannot be loaded
     */
    CompletableFuture<?> preload(PreloadEntry item);
}
