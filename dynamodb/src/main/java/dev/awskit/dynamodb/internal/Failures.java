package dev.awskit.dynamodb.internal;

import dev.awskit.core.AwsKitException;
import dev.awskit.core.Futures;
import dev.awskit.core.TransientErrors;
import dev.awskit.dynamodb.AwsKitDynamoDbException;
import dev.awskit.dynamodb.ConditionFailedException;
import dev.awskit.dynamodb.VersionConflictException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** Translates SDK failures into awskit's exceptions, naming operation, table and key, never an attribute value. */
public final class Failures {
    private Failures() {
    }

    /**
     * Translates a failure of one operation.
     *
     * @param failure the failure
     * @param operation the operation, e.g. {@code GetItem}
     * @param table the table
     * @param key the key described with names, or null
     * @return the exception to fail with: cancellations and awskit exceptions as they are, the rest wrapped
     */
    public static Throwable of(Throwable failure, String operation, String table, String key) {
        Throwable error = Futures.unwrap(failure);
        if (error instanceof CancellationException || error instanceof AwsKitException || error instanceof Error) {
            return error;
        }
        if (error instanceof IllegalArgumentException || error instanceof NullPointerException) {
            return error;
        }
        String where = operation + " on table " + table + (key == null ? "" : " for " + key);
        if (error instanceof ResourceNotFoundException) {
            return new AwsKitDynamoDbException(where + " failed: the table (or index) does not exist", table, error);
        }
        return new AwsKitDynamoDbException(where + " failed: " + describe(error), table, error);
    }

    /**
     * Describes a failure by its error code and message, or its type.
     *
     * @param error the failure
     * @return the description
     */
    public static String describe(Throwable error) {
        if (error instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode() + " (" + service.awsErrorDetails().errorMessage() + ")";
        }
        String kind = TransientErrors.isTransient(error) ? "transient " : "";
        return kind + error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    /**
     * Translates a failure of a conditional write: a failed condition becomes a {@link ConditionFailedException},
     * or a {@link VersionConflictException} when the stored version shows that another writer won.
     *
     * @param failure the failure
     * @param operation the operation
     * @param table the table
     * @param plan the write
     * @param describedKey the key with names
     * @return the exception to fail with
     */
    public static Throwable ofWrite(Throwable failure, String operation, TableContext<?> table, WritePlan plan,
            String describedKey) {
        Throwable error = Futures.unwrap(failure);
        if (!(error instanceof ConditionalCheckFailedException conditional)) {
            return of(error, operation, table.name(), describedKey);
        }
        Map<String, AttributeValue> current = conditional.hasItem() ? conditional.item() : null;
        String where = operation + " on table " + table.name() + " for " + describedKey;
        String version = table.versionAttribute();
        if (plan.versionCheck() || (version != null && plan.item() != null)) {
            Long actual = current == null ? null : versionIn(current.get(version));
            Long expected = plan.expectedVersion();
            boolean conflict = expected == null ? current != null : !expected.equals(actual);
            if (conflict) {
                return new VersionConflictException(where + " lost an optimistic lock: expected "
                        + (expected == null ? "no item" : "version " + expected) + ", found "
                        + (current == null ? "no item" : "version " + actual), table.name(), plan.key(), expected,
                        actual, current, error);
            }
        }
        return new ConditionFailedException(where + ": the condition failed", table.name(), plan.key(), current, error);
    }

    private static Long versionIn(AttributeValue value) {
        if (value == null || value.n() == null) {
            return null;
        }
        try {
            return Long.parseLong(value.n());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
