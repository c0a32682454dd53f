package dev.awskit.core.cache;

import dev.awskit.core.testing.SyncTwins;
import org.junit.jupiter.api.Test;

/** The sync-view convention of CONTRIBUTING.md for the cache engine's types. */
class ApiConventionsTest {

    @Test
    void refreshingCache_hasASyncTwinOfEveryAsyncMethod() {
        SyncTwins.assertTwins(RefreshingCache.class, RefreshingCacheSync.class);
    }

    @Test
    void cacheHandle_hasASyncTwinOfEveryAsyncMethod() {
        SyncTwins.assertTwins(CacheHandle.class, CacheHandleSync.class);
    }
}
