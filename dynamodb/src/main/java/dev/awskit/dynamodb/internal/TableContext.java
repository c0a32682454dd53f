package dev.awskit.dynamodb.internal;

import dev.awskit.core.time.TimeSource;
import dev.awskit.dynamodb.ItemMapper;
import dev.awskit.dynamodb.KeySchema;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * What the implementation needs to know about one table handle.
 *
 * @param client the caller's client
 * @param name the table name
 * @param keySchema its key attributes
 * @param mapper its item mapper
 * @param versionAttribute the optimistic-locking attribute, or null
 * @param scheduler where retries wait (the resource's)
 * @param timeSource the clock for deadlines
 * @param <T> the item type
 */
public record TableContext<T>(DynamoDbAsyncClient client, String name, KeySchema keySchema, ItemMapper<T> mapper,
        String versionAttribute, ScheduledExecutorService scheduler, TimeSource timeSource) {

    /**
     * Checks the fields.
     *
     * @param client the client
     * @param name the table
     * @param keySchema the key
     * @param mapper the mapper
     * @param versionAttribute the version attribute or null
     * @param scheduler the scheduler
     * @param timeSource the clock
     */
    public TableContext {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySchema, "keySchema");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(timeSource, "timeSource");
    }

    /**
     * Returns this context with another mapper.
     *
     * @param other the mapper
     * @param <U> its item type
     * @return the context
     */
    public <U> TableContext<U> withMapper(ItemMapper<U> other) {
        return new TableContext<>(client, name, keySchema, other, versionAttribute, scheduler, timeSource);
    }

    /**
     * Returns this context with another version attribute.
     *
     * @param attribute the attribute, or null for none
     * @return the context
     */
    public TableContext<T> withVersionAttribute(String attribute) {
        return new TableContext<>(client, name, keySchema, mapper, attribute, scheduler, timeSource);
    }
}
