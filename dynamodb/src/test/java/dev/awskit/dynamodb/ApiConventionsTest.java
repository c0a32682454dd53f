package dev.awskit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.testing.SyncTwins;
import org.junit.jupiter.api.Test;

/** CONTRIBUTING.md's sync-view convention, for every helper of this module. */
class ApiConventionsTest {

    @Test
    void everyAsyncMethod_hasItsSyncTwin() {
        SyncTwins.assertTwins(DynamoResource.class, DynamoResourceSync.class);
        SyncTwins.assertTwins(DynamoTable.class, DynamoTableSync.class);
        SyncTwins.assertTwins(BatchWriter.class, BatchWriterSync.class);
        SyncTwins.assertTwins(ItemCache.class, ItemCacheSync.class);
        SyncTwins.assertTwins(PreloadedItems.class, PreloadedItemsSync.class);
    }

    @Test
    void everyException_extendsTheModuleRootOrTheTimeoutRoot() {
        assertThat(ConditionFailedException.class).isAssignableTo(AwsKitDynamoDbException.class);
        assertThat(VersionConflictException.class).isAssignableTo(ConditionFailedException.class);
        assertThat(TransactionCancelledException.class).isAssignableTo(AwsKitDynamoDbException.class);
        assertThat(ItemMappingException.class).isAssignableTo(AwsKitDynamoDbException.class);
        assertThat(BatchWriteException.class).isAssignableTo(AwsKitDynamoDbException.class);
        assertThat(TableNotReadyException.class).isAssignableTo(dev.awskit.core.AwsKitTimeoutException.class);
    }
}
