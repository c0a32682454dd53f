package dev.awskit.dynamodb.internal;

import dev.awskit.dynamodb.ItemKey;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One write, ready to send as a single request or as a transaction action: the key, the item or update
 * expression, the condition with its placeholders, and what the version check expects (for error mapping).
 *
 * @param key the item's key
 * @param keyAttributes the key as attributes
 * @param item the whole item to put (with its new version), or null
 * @param updateExpression the update expression, or null
 * @param conditionExpression the condition, or null
 * @param names the name placeholders, or null
 * @param values the value placeholders, or null
 * @param versionCheck whether the condition includes a version check
 * @param expectedVersion the version expected when checked; null when the item is expected to be new
 */
public record WritePlan(ItemKey key, Map<String, AttributeValue> keyAttributes, Map<String, AttributeValue> item,
        String updateExpression, String conditionExpression, Map<String, String> names,
        Map<String, AttributeValue> values, boolean versionCheck, Long expectedVersion) {
}
