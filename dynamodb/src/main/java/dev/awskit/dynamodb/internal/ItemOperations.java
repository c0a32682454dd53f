package dev.awskit.dynamodb.internal;

import dev.awskit.dynamodb.DeleteItem;
import dev.awskit.dynamodb.GetItem;
import dev.awskit.dynamodb.PutItem;
import dev.awskit.dynamodb.UpdateItem;
import dev.awskit.dynamodb.expression.Path;
import dev.awskit.dynamodb.expression.Placeholders;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Runs single-item reads and writes for one table: builds the requests from {@link WritePlans}, sends them, maps
 * the items and translates failures. Thread-safe.
 *
 * @param <T> the item type
 */
public final class ItemOperations<T> {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.dynamodb");

    private final TableContext<T> table;
    private final WritePlans<T> plans;

    /**
     * Creates the operations of one table.
     *
     * @param table the table
     */
    public ItemOperations(TableContext<T> table) {
        this.table = table;
        this.plans = new WritePlans<>(table);
    }

    /** @return the write planner of this table */
    public WritePlans<T> plans() {
        return plans;
    }

    /**
     * Reads one item.
     *
     * @param request the read
     * @return the item, or empty
     */
    public CompletableFuture<Optional<T>> get(GetItem request) {
        GetItemRequest.Builder sdk = GetItemRequest.builder().tableName(table.name())
                .key(table.keySchema().toAttributes(request.key())).consistentRead(request.consistentRead());
        if (!request.projection().isEmpty()) {
            Placeholders p = Placeholders.create(table.mapper()::toValue);
            sdk.projectionExpression(projection(request.projection(), p)).expressionAttributeNames(p.names());
        }
        String key = table.keySchema().describe(request.key());
        LOG.debug("GetItem {} {}", table.name(), key);
        return Calls.call(() -> table.client().getItem(sdk.build()),
                response -> response.hasItem() && !response.item().isEmpty()
                        ? Optional.of(table.mapper().fromItem(response.item())) : Optional.<T>empty(),
                error -> Failures.of(error, "GetItem", table.name(), key));
    }

    /**
     * Renders a projection.
     *
     * @param paths document paths
     * @param p the request's placeholders
     * @return the projection expression
     */
    public static String projection(List<String> paths, Placeholders p) {
        StringBuilder text = new StringBuilder();
        for (String path : paths) {
            text.append(text.length() == 0 ? "" : ", ").append(Path.parse(path).render(p));
        }
        return text.toString();
    }

    /**
     * Writes one item.
     *
     * @param request the write
     * @return the item as stored (with its new version on a versioned table)
     */
    public CompletableFuture<T> put(PutItem<T> request) {
        WritePlan plan = plans.put(request.item(), request.condition().orElse(null), request.ifAbsent());
        String key = table.keySchema().describe(plan.key());
        LOG.debug("PutItem {} {}", table.name(), key);
        T given = request.item();
        return Calls.call(() -> table.client().putItem(r -> r.tableName(table.name()).item(plan.item())
                        .conditionExpression(plan.conditionExpression())
                        .expressionAttributeNames(plan.names()).expressionAttributeValues(plan.values())
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)),
                response -> table.versionAttribute() == null ? given : table.mapper().fromItem(plan.item()),
                error -> Failures.ofWrite(error, "PutItem", table, plan, key));
    }

    /**
     * Updates one item.
     *
     * @param request the update
     * @return the item after the update
     */
    public CompletableFuture<T> update(UpdateItem request) {
        WritePlan plan = plans.update(request.key(), request.update(), request.condition().orElse(null),
                request.expectedVersion().isPresent() ? request.expectedVersion().getAsLong() : null);
        String key = table.keySchema().describe(plan.key());
        LOG.debug("UpdateItem {} {}", table.name(), key);
        return Calls.call(() -> table.client().updateItem(r -> r.tableName(table.name()).key(plan.keyAttributes())
                        .updateExpression(plan.updateExpression()).conditionExpression(plan.conditionExpression())
                        .expressionAttributeNames(plan.names()).expressionAttributeValues(plan.values())
                        .returnValues(ReturnValue.ALL_NEW)
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)),
                response -> table.mapper().fromItem(response.attributes()),
                error -> Failures.ofWrite(error, "UpdateItem", table, plan, key));
    }

    /**
     * Deletes one item.
     *
     * @param request the delete
     * @return the deleted item, or empty when there was none
     */
    public CompletableFuture<Optional<T>> delete(DeleteItem request) {
        WritePlan plan = plans.delete(request.key(), request.condition().orElse(null),
                request.expectedVersion().isPresent() ? request.expectedVersion().getAsLong() : null);
        String key = table.keySchema().describe(plan.key());
        LOG.debug("DeleteItem {} {}", table.name(), key);
        return Calls.call(() -> table.client().deleteItem(r -> r.tableName(table.name()).key(plan.keyAttributes())
                        .conditionExpression(plan.conditionExpression())
                        .expressionAttributeNames(plan.names()).expressionAttributeValues(plan.values())
                        .returnValues(ReturnValue.ALL_OLD)
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)),
                response -> response.hasAttributes() && !response.attributes().isEmpty()
                        ? Optional.of(table.mapper().fromItem(response.attributes())) : Optional.<T>empty(),
                error -> Failures.ofWrite(error, "DeleteItem", table, plan, key));
    }
}
