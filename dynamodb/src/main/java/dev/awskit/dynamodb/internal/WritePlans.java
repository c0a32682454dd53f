package dev.awskit.dynamodb.internal;

import dev.awskit.dynamodb.ItemKey;
import dev.awskit.dynamodb.expression.Condition;
import dev.awskit.dynamodb.expression.Path;
import dev.awskit.dynamodb.expression.Placeholders;
import dev.awskit.dynamodb.expression.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns puts, updates, deletes and condition checks into {@link WritePlan}s: items converted and checked (key
 * present, at most 400 KB), conditions rendered, and the version attribute of an optimistic-locking table checked
 * and moved on. Every refusal is an {@link IllegalArgumentException} naming the table, key or attribute, before any
 * request. Thread-safe.
 *
 * @param <T> the item type
 */
public final class WritePlans<T> {
    private final TableContext<T> table;

    /**
     * Creates the planner of one table.
     *
     * @param table the table
     */
    public WritePlans(TableContext<T> table) {
        this.table = table;
    }

    /**
     * Plans a put.
     *
     * @param value the item
     * @param condition the caller's condition, or null
     * @param ifAbsent whether no item with the key may exist
     * @return the plan
     * @throws IllegalArgumentException if the item cannot be stored, naming what
     */
    public WritePlan put(T value, Condition condition, boolean ifAbsent) {
        Map<String, AttributeValue> item = table.mapper().toItem(value);
        ItemKey key = keyOf(item);
        Placeholders p = placeholders();
        List<String> conditions = new ArrayList<>(3);
        String version = table.versionAttribute();
        Long expected = null;
        if (version != null) {
            expected = versionOf(item.get(version), key);
            item.put(version, AttributeValue.fromN(Long.toString(expected == null ? 1 : expected + 1)));
            conditions.add(expected == null ? absent(p) : p.name(version) + " = " + p.value(expected, "version"));
        }
        if (ifAbsent && version == null) {
            conditions.add(absent(p));
        } else if (ifAbsent && expected != null) {
            throw new IllegalArgumentException("item " + table.keySchema().describe(key) + " of table " + table.name()
                    + " has version " + expected + ", so it cannot be put only-if-absent");
        }
        checkSize(item, key);
        if (condition != null) {
            conditions.add(condition.render(p));
        }
        return new WritePlan(key, table.keySchema().toAttributes(key), item, null, join(conditions), p.names(),
                p.values(), version != null, expected);
    }

    /**
     * Plans an update.
     *
     * @param key the key
     * @param update the update
     * @param condition the caller's condition, or null
     * @param expectedVersion the version expected, or null
     * @return the plan
     * @throws IllegalArgumentException if the update touches a key or version attribute, or a value cannot be stored
     */
    public WritePlan update(ItemKey key, Update update, Condition condition, Long expectedVersion) {
        Map<String, AttributeValue> keyAttributes = table.keySchema().toAttributes(key);
        String version = table.versionAttribute();
        for (Path path : update.paths()) {
            if (table.keySchema().isKey(path.attribute())) {
                throw new IllegalArgumentException("key attribute '" + path.attribute() + "' of table " + table.name()
                        + " cannot be updated");
            }
            if (path.attribute().equals(version)) {
                throw new IllegalArgumentException("version attribute '" + version + "' of table " + table.name()
                        + " is set by awskit; use expectedVersion instead");
            }
        }
        Placeholders p = placeholders();
        List<String> conditions = new ArrayList<>(2);
        Update effective = update;
        if (version != null) {
            Update.Builder bumped = update.toBuilder();
            if (expectedVersion != null) {
                bumped.set(Path.of(version), expectedVersion + 1);
                conditions.add(p.name(version) + " = " + p.value(expectedVersion, "version"));
            } else {
                bumped.increment(version, 1);
            }
            effective = bumped.build();
        } else if (expectedVersion != null) {
            throw new IllegalArgumentException("table " + table.name() + " has no version attribute; "
                    + "declare one with withVersionAttribute(...) to use expectedVersion");
        }
        String expression = effective.render(p);
        if (condition != null) {
            conditions.add(condition.render(p));
        }
        return new WritePlan(key, keyAttributes, null, expression, join(conditions), p.names(), p.values(),
                version != null && expectedVersion != null, expectedVersion);
    }

    /**
     * Plans a delete.
     *
     * @param key the key
     * @param condition the caller's condition, or null
     * @param expectedVersion the version expected, or null
     * @return the plan
     * @throws IllegalArgumentException if the key does not fit the table or a value cannot be stored
     */
    public WritePlan delete(ItemKey key, Condition condition, Long expectedVersion) {
        return checked(key, condition, expectedVersion);
    }

    /**
     * Plans a condition check (transactions only).
     *
     * @param key the key
     * @param condition the condition
     * @return the plan
     */
    public WritePlan check(ItemKey key, Condition condition) {
        return checked(key, condition, null);
    }

    private WritePlan checked(ItemKey key, Condition condition, Long expectedVersion) {
        Map<String, AttributeValue> keyAttributes = table.keySchema().toAttributes(key);
        Placeholders p = placeholders();
        List<String> conditions = new ArrayList<>(2);
        String version = table.versionAttribute();
        if (expectedVersion != null) {
            if (version == null) {
                throw new IllegalArgumentException("table " + table.name() + " has no version attribute; "
                        + "declare one with withVersionAttribute(...) to use expectedVersion");
            }
            conditions.add(p.name(version) + " = " + p.value(expectedVersion, "version"));
        }
        if (condition != null) {
            conditions.add(condition.render(p));
        }
        return new WritePlan(key, keyAttributes, null, null, join(conditions), p.names(), p.values(),
                expectedVersion != null, expectedVersion);
    }

    private ItemKey keyOf(Map<String, AttributeValue> item) {
        try {
            return table.keySchema().keyOf(item);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("table " + table.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses an item over DynamoDB's 400 KB limit, naming its key.
     *
     * @param item the item
     * @param key its key
     * @throws IllegalArgumentException if the item is too large
     */
    public void checkSize(Map<String, AttributeValue> item, ItemKey key) {
        long size = ItemSize.of(item);
        if (size > ItemSize.MAX_ITEM_BYTES) {
            throw new IllegalArgumentException("item " + table.keySchema().describe(key) + " of table " + table.name()
                    + " is " + size + " bytes, over DynamoDB's limit of " + ItemSize.MAX_ITEM_BYTES);
        }
    }

    private Long versionOf(AttributeValue value, ItemKey key) {
        if (value == null || Boolean.TRUE.equals(value.nul())) {
            return null;
        }
        if (value.n() == null) {
            throw new IllegalArgumentException("version attribute '" + table.versionAttribute() + "' of item "
                    + table.keySchema().describe(key) + " must be a number, not " + value.type());
        }
        long version;
        try {
            version = Long.parseLong(value.n());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("version attribute '" + table.versionAttribute() + "' of item "
                    + table.keySchema().describe(key) + " must be a whole number: " + value.n(), e);
        }
        // A primitive version field reads 0 on a new object: that means "not stored yet", as null does.
        return version <= 0 ? null : version;
    }

    private String absent(Placeholders p) {
        return "attribute_not_exists(" + p.name(table.keySchema().partition()) + ")";
    }

    private Placeholders placeholders() {
        return Placeholders.create(table.mapper()::toValue);
    }

    private static String join(List<String> conditions) {
        if (conditions.isEmpty()) {
            return null;
        }
        if (conditions.size() == 1) {
            return conditions.get(0);
        }
        StringBuilder text = new StringBuilder();
        for (String condition : conditions) {
            text.append(text.length() == 0 ? "" : " AND ").append('(').append(condition).append(')');
        }
        return text.toString();
    }
}
