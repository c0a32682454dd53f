package dev.awskit.dynamodb;

/** What a null field or map value of an item becomes when the item is written. */
public enum Nulls {
    /** Left out of the item (the default): reading the item back gives null again, and no space is used. */
    OMIT,
    /** Stored as a DynamoDB {@code NULL} attribute, so the attribute exists ({@code attribute_exists} is true). */
    STORE
}
