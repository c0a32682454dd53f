package dev.awskit.dynamodb;

import java.util.Optional;

/**
 * Why DynamoDB cancelled one action of a transaction, matched back to that action.
 *
 * @param index the action's position in the transaction, from 0
 * @param action the action, e.g. {@code put votes {name=tabs}}
 * @param code DynamoDB's code: {@code None} (this action was fine), {@code ConditionalCheckFailed},
 *     {@code TransactionConflict}, {@code ValidationError}, {@code ThrottlingError}, ...
 * @param message DynamoDB's message, or empty
 */
public record CancellationReason(int index, String action, String code, Optional<String> message) {

    /** @return whether this action caused the cancellation (its code is not {@code None}) */
    public boolean isCause() {
        return !"None".equals(code);
    }

    @Override
    public String toString() {
        return "action " + index + " (" + action + "): " + code + message.map(m -> " - " + m).orElse("");
    }
}
