package dev.awskit.dynamodb;

import java.util.List;

/**
 * DynamoDB cancelled a transaction: nothing of it was written. {@link #reasons()} has one entry per action, in the
 * order the actions were added, so each failure points at its action:
 *
 * <pre>{@code
 * } catch (TransactionCancelledException e) {
 *     e.causes().forEach(r -> log.warn("{} failed: {}", r.action(), r.code()));   // e.g. ConditionalCheckFailed
 * }
 * }</pre>
 */
public class TransactionCancelledException extends AwsKitDynamoDbException {
    private static final long serialVersionUID = 1L;

    private final List<CancellationReason> reasons;

    /**
     * Creates the exception.
     *
     * @param message what was cancelled
     * @param reasons one reason per action
     * @param cause the SDK's exception
     */
    public TransactionCancelledException(String message, List<CancellationReason> reasons, Throwable cause) {
        super(message, null, cause);
        this.reasons = List.copyOf(reasons);
    }

    /** @return one reason per action, in action order (code {@code None} for actions that were fine) */
    public List<CancellationReason> reasons() {
        return reasons;
    }

    /** @return the reasons of the actions that caused the cancellation */
    public List<CancellationReason> causes() {
        return reasons.stream().filter(CancellationReason::isCause).toList();
    }
}
