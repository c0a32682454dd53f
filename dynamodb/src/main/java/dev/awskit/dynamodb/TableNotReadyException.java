package dev.awskit.dynamodb;

import dev.awskit.core.AwsKitTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A table (and its indexes) did not become active, or did not go away after a delete, within the wait's time. Like
 * every awskit timeout an {@link AwsKitTimeoutException}: the table may still become ready later.
 */
public class TableNotReadyException extends AwsKitTimeoutException {
    private static final long serialVersionUID = 1L;

    private final String tableName;
    private final String lastStatus;

    /**
     * Creates the exception.
     *
     * @param message what was awaited
     * @param tableName the table
     * @param lastStatus the table status last seen, or null
     * @param cause the last error seen, or null
     * @param elapsed how long the wait lasted
     */
    public TableNotReadyException(String message, String tableName, String lastStatus, Throwable cause,
            Duration elapsed) {
        super(message, cause, elapsed);
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.lastStatus = lastStatus;
    }

    /** @return the table waited for */
    public String tableName() {
        return tableName;
    }

    /** @return the status last seen ({@code CREATING}, {@code UPDATING}, {@code DELETING}, ...), or empty */
    public Optional<String> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }
}
