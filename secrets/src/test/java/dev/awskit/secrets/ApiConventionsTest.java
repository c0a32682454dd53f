package dev.awskit.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.AwsKitException;
import dev.awskit.core.testing.SyncTwins;
import org.junit.jupiter.api.Test;

/** The conventions of CONTRIBUTING.md that can be checked mechanically, for this module's types. */
class ApiConventionsTest {

    @Test
    void everyAsyncType_hasASyncTwinOfEveryAsyncMethod() {
        SyncTwins.assertTwins(SecretCache.class, SecretCacheSync.class);
        SyncTwins.assertTwins(SecretHandle.class, SecretHandleSync.class);
        SyncTwins.assertTwins(ParameterCache.class, ParameterCacheSync.class);
        SyncTwins.assertTwins(ParameterHandle.class, ParameterHandleSync.class);
        SyncTwins.assertTwins(ParameterStore.class, ParameterStoreSync.class);
        SyncTwins.assertTwins(Preloader.class, PreloaderSync.class);
    }

    @Test
    void moduleFailures_extendTheModuleRoot() {
        assertThat(AwsKitException.class).isAssignableFrom(AwsKitSecretsException.class);
        assertThat(AwsKitSecretsException.class).isAssignableFrom(ParameterStoreException.class);
    }
}
