package dev.awskit.dynamodb.internal;

import dev.awskit.core.Futures;
import dev.awskit.dynamodb.CancellationReason;
import dev.awskit.dynamodb.TransactionCancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Runs a transaction and, when DynamoDB cancels it, matches each cancellation reason back to its action.
 */
public final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.dynamodb");

    private Transactions() {
    }

    /**
     * Sends the transaction.
     *
     * @param client the client
     * @param request the request
     * @param actions the actions described, in request order
     * @return completes when the transaction is written; fails with {@link TransactionCancelledException}
     */
    public static CompletableFuture<Void> run(DynamoDbAsyncClient client, TransactWriteItemsRequest request,
            List<String> actions) {
        LOG.debug("TransactWriteItems {}", actions);
        return Calls.call(() -> client.transactWriteItems(request), response -> (Void) null, error -> {
            Throwable cause = Futures.unwrap(error);
            if (cause instanceof TransactionCanceledException cancelled) {
                return cancelled(cancelled, actions);
            }
            return Failures.of(cause, "TransactWriteItems", String.join(", ", tables(request)), null);
        });
    }

    private static TransactionCancelledException cancelled(TransactionCanceledException cancelled, List<String> actions) {
        List<CancellationReason> reasons = new ArrayList<>();
        if (cancelled.hasCancellationReasons()) {
            for (int i = 0; i < cancelled.cancellationReasons().size() && i < actions.size(); i++) {
                var reason = cancelled.cancellationReasons().get(i);
                reasons.add(new CancellationReason(i, actions.get(i),
                        reason.code() == null ? "None" : reason.code(), Optional.ofNullable(reason.message())));
            }
        }
        List<CancellationReason> causes = reasons.stream().filter(CancellationReason::isCause).toList();
        String message = "transaction of " + actions.size() + " actions was cancelled"
                + (causes.isEmpty() ? ": " + Failures.describe(cancelled) : ": " + causes);
        return new TransactionCancelledException(message, reasons, cancelled);
    }

    private static List<String> tables(TransactWriteItemsRequest request) {
        return request.transactItems().stream().map(item -> item.put() != null ? item.put().tableName()
                : item.update() != null ? item.update().tableName()
                : item.delete() != null ? item.delete().tableName() : item.conditionCheck().tableName())
                .distinct().toList();
    }
}
