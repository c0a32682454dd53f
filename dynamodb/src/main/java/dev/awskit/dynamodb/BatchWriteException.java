package dev.awskit.dynamodb;

/**
 * {@link BatchWriter#close()} found writes that could not be made: {@link #result()} lists each with its cause.
 */
public class BatchWriteException extends AwsKitDynamoDbException {
    private static final long serialVersionUID = 1L;

    private final transient BatchWriteResult<?> result;

    /**
     * Creates the exception.
     *
     * @param message how many writes failed, on which table
     * @param tableName the table
     * @param result the writer's result
     */
    public BatchWriteException(String message, String tableName, BatchWriteResult<?> result) {
        super(message, tableName, result.failures().isEmpty() ? null : result.failures().get(0).cause());
        this.result = result;
    }

    /** @return the writer's result, with every failed write */
    public BatchWriteResult<?> result() {
        return result;
    }
}
