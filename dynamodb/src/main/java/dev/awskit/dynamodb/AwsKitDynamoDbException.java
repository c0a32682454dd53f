package dev.awskit.dynamodb;

import dev.awskit.core.AwsKitException;
import java.util.Optional;

/**
 * The root of every failure awskit-dynamodb raises (timeouts aside, which extend
 * {@link dev.awskit.core.AwsKitTimeoutException}). Its cause is the SDK's exception when the service answered with an
 * error. The message names the table and the key, never an attribute value.
 */
public class AwsKitDynamoDbException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    private final String tableName;

    /**
     * Creates the exception.
     *
     * @param message what failed, with identifiers only
     * @param tableName the table, or null when no table is involved
     * @param cause the underlying failure, or null
     */
    public AwsKitDynamoDbException(String message, String tableName, Throwable cause) {
        super(message, cause);
        this.tableName = tableName;
    }

    /**
     * Returns the table the failed operation was on.
     *
     * @return the table's name, empty when the failure concerns no table
     */
    public Optional<String> tableName() {
        return Optional.ofNullable(tableName);
    }
}
