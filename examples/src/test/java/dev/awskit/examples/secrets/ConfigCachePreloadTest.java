package dev.awskit.examples.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.examples.PrintedContext;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seed 001's cache extension config against moto: the {@code dynamodb} entry is read by awskit-dynamodb's
 * {@code PreloadedItems} in one GetItem at start, and 3,000 warm reads make no call.
 */
@ExtendWith(MotoExtension.class)
class ConfigCachePreloadTest {

    @Test
    void preloadAndRead_withTheExtensionsConfig_readsEachEntryOnceAndWarmReadsMakeNoCall(MotoServer moto)
            throws Exception {
        PrintedContext printed = new PrintedContext(moto.settings());

        ConfigCachePreload.Outcome outcome = ConfigCachePreload.preloadAndRead(printed.context());

        assertThat(outcome.report().isComplete()).isTrue();
        assertThat(outcome.report().loaded()).hasSize(3);
        assertThat(outcome.parameter()).isEqualTo("MyParameter");
        assertThat(outcome.item()).isEqualTo("Sample item data");
        assertThat(outcome.warmCalls()).isZero();
        assertThat(outcome.preloadCalls()).containsEntry("GetItem", 1);
        assertThat(printed.text()).contains("DynamoDbTable-pKey1-sKey1 data = Sample item data")
                .contains("3,000 warm reads made 0 API call(s)").doesNotContain("MySecret");
    }
}
