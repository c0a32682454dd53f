package dev.awskit.dynamodb;

/**
 * An item read from a table could not be turned into the table's item type (a missing constructor argument, an
 * attribute of the wrong type). The message names the type and the attribute, never a value.
 */
public class ItemMappingException extends AwsKitDynamoDbException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what could not be mapped
     * @param cause Jackson's failure
     */
    public ItemMappingException(String message, Throwable cause) {
        super(message, null, cause);
    }
}
