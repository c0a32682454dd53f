package dev.awskit.dynamodb.internal;

import dev.awskit.dynamodb.Query;
import dev.awskit.dynamodb.Scan;
import dev.awskit.dynamodb.expression.Placeholders;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Turns queries and scans into {@link PageSource}s: expressions rendered once (refusals before any call), every page
 * a copy of the first request with its start key and limit. Thread-safe.
 *
 * @param <T> the item type
 */
public final class Reads<T> {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.dynamodb");

    private final TableContext<T> table;

    /**
     * Creates the reads of one table.
     *
     * @param table the table
     */
    public Reads(TableContext<T> table) {
        this.table = table;
    }

    /**
     * Prepares a query.
     *
     * @param query the query
     * @return its pages
     * @throws IllegalArgumentException if the key condition does not fit the table's key, or a value cannot be stored
     */
    public PageSource<T> query(Query query) {
        if (query.index().isEmpty()) {
            checkKeyCondition(query);
        }
        Placeholders p = Placeholders.create(table.mapper()::toValue);
        QueryRequest.Builder base = QueryRequest.builder().tableName(table.name())
                .indexName(query.index().orElse(null))
                .keyConditionExpression(query.keyCondition().render(p))
                .scanIndexForward(query.ascending())
                .consistentRead(query.consistentRead() ? Boolean.TRUE : null);
        query.filter().ifPresent(filter -> base.filterExpression(filter.render(p)));
        if (!query.projection().isEmpty()) {
            base.projectionExpression(ItemOperations.projection(query.projection(), p));
        }
        QueryRequest first = base.expressionAttributeNames(p.names()).expressionAttributeValues(p.values()).build();
        String what = "Query " + table.name() + query.index().map(index -> "/" + index).orElse("");
        return new PageSource<>((after, limit) -> {
            LOG.debug("{} page after {}", what, after == null ? "start" : "cursor");
            return Calls.call(() -> table.client().query(first.toBuilder().exclusiveStartKey(after).limit(limit).build()),
                    response -> new PageSource.Result<>(PageSource.map(response.items(), table.mapper()::fromItem),
                            lastKey(response.hasLastEvaluatedKey(), response.lastEvaluatedKey())),
                    error -> Failures.of(error, "Query", table.name(), null));
        }, query.startAfter().map(cursor -> cursor.lastKey()).orElse(null), query.limit().orElse(0),
                query.pageSize().orElse(0));
    }

    /**
     * Prepares a scan.
     *
     * @param scan the scan
     * @return its pages
     * @throws IllegalArgumentException if a value cannot be stored
     */
    public PageSource<T> scan(Scan scan) {
        Placeholders p = Placeholders.create(table.mapper()::toValue);
        ScanRequest.Builder base = ScanRequest.builder().tableName(table.name())
                .indexName(scan.index().orElse(null))
                .consistentRead(scan.consistentRead() ? Boolean.TRUE : null);
        if (scan.totalSegments().isPresent()) {
            base.segment(scan.segment().getAsInt()).totalSegments(scan.totalSegments().getAsInt());
        }
        scan.filter().ifPresent(filter -> base.filterExpression(filter.render(p)));
        if (!scan.projection().isEmpty()) {
            base.projectionExpression(ItemOperations.projection(scan.projection(), p));
        }
        ScanRequest first = base.expressionAttributeNames(p.names()).expressionAttributeValues(p.values()).build();
        String what = "Scan " + table.name() + scan.index().map(index -> "/" + index).orElse("")
                + scan.segment().stream().mapToObj(segment -> " segment " + segment).findFirst().orElse("");
        return new PageSource<>((after, limit) -> {
            LOG.debug("{} page after {}", what, after == null ? "start" : "cursor");
            return Calls.call(() -> table.client().scan(first.toBuilder().exclusiveStartKey(after).limit(limit).build()),
                    response -> new PageSource.Result<>(PageSource.map(response.items(), table.mapper()::fromItem),
                            lastKey(response.hasLastEvaluatedKey(), response.lastEvaluatedKey())),
                    error -> Failures.of(error, "Scan", table.name(), null));
        }, scan.startAfter().map(cursor -> cursor.lastKey()).orElse(null), scan.limit().orElse(0),
                scan.pageSize().orElse(0));
    }

    private void checkKeyCondition(Query query) {
        String partition = table.keySchema().partition();
        if (!query.keyCondition().isEquality(partition)) {
            throw new IllegalArgumentException("a query of table " + table.name() + " needs equality on its partition "
                    + "key '" + partition + "': " + query.keyCondition());
        }
        for (String attribute : query.keyCondition().attributes()) {
            if (!table.keySchema().isKey(attribute)) {
                throw new IllegalArgumentException("key condition names '" + attribute + "', which is not a key of table "
                        + table.name() + " (" + table.keySchema() + "); filter on it instead");
            }
        }
    }

    private static Map<String, AttributeValue> lastKey(boolean present, Map<String, AttributeValue> key) {
        return present && !key.isEmpty() ? key : null;
    }
}
