package dev.awskit.dynamodb;

/**
 * What a {@link BatchWriter} does with a second write to a key whose first write has not been made yet. DynamoDB
 * refuses a batch holding one key twice, so such writes are never sent together.
 */
public enum DuplicateKeys {
    /** The later write replaces the earlier one if that was not sent yet, else it follows it (the default). */
    LAST_WINS,
    /** The later write is dropped (counted as superseded) while the earlier one is pending. */
    FIRST_WINS,
    /** The later write is refused with an {@code IllegalArgumentException} while the earlier one is pending. */
    REJECT
}
