package dev.awskit.dynamodb;

import dev.awskit.core.spi.Checks;
import dev.awskit.dynamodb.expression.Condition;
import dev.awskit.dynamodb.expression.Update;
import dev.awskit.dynamodb.internal.WritePlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * An all-or-nothing write of up to 100 actions (puts, updates, deletes, condition checks) across tables, run by
 * {@link DynamoResource#transact(Transaction)}:
 *
 * <pre>{@code
 * dynamo.transact(tx -> tx
 *         .check(accounts, ItemKey.of("ann"), Attr.name("balance").ge(10))
 *         .update(accounts, ItemKey.of("ann"), u -> u.increment("balance", -10))
 *         .put(transfers, new Transfer("t-1", "ann", 10)));
 * }</pre>
 *
 * <p>Validated as it is built, before any request: each action's item and expressions (as for single writes), at
 * most 100 actions, no item twice (DynamoDB refuses a transaction touching one item twice). Versioned tables check
 * and move their version attribute as single writes do. If DynamoDB cancels the transaction, the
 * {@link TransactionCancelledException} gives each action's reason. Immutable.
 */
public final class Transaction {
    /** DynamoDB's limit of actions per transaction. */
    public static final int MAX_ACTIONS = 100;

    private final List<Action> actions;
    private final String clientRequestToken;

    private Transaction(Builder builder) {
        if (builder.actions.isEmpty()) {
            throw new IllegalArgumentException("a transaction needs at least one action");
        }
        this.actions = List.copyOf(builder.actions);
        this.clientRequestToken = builder.clientRequestToken;
    }

    /** One action, as sent and as described to people, and the item it acts on (table and key). */
    private record Action(TransactWriteItem item, String description, List<Object> target) {
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this transaction's actions and token, to add more actions to a copy (the same
     * checks apply: at most {@value #MAX_ACTIONS} actions, no item twice). This transaction is not changed.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        actions.forEach(action -> {
            builder.actions.add(action);
            builder.items.add(action.target());
        });
        builder.clientRequestToken = clientRequestToken;
        return builder;
    }

    /**
     * Returns the request this transaction sends.
     *
     * @return the {@code TransactWriteItems} request
     */
    public TransactWriteItemsRequest toRequest() {
        return TransactWriteItemsRequest.builder().transactItems(actions.stream().map(Action::item).toList())
                .clientRequestToken(clientRequestToken).build();
    }

    /** @return the actions described, in order, e.g. {@code put votes {name=tabs}} */
    public List<String> actions() {
        return actions.stream().map(Action::description).toList();
    }

    /** @return the idempotency token, if set */
    public Optional<String> clientRequestToken() {
        return Optional.ofNullable(clientRequestToken);
    }

    @Override
    public String toString() {
        return "Transaction" + actions();
    }

    /** Builds a {@link Transaction}; each action is checked as it is added. Not thread-safe. */
    public static final class Builder {
        private final List<Action> actions = new ArrayList<>();
        private final Set<List<Object>> items = new HashSet<>();
        private String clientRequestToken;

        private Builder() {
        }

        /**
         * Adds a put of a whole item.
         *
         * @param table the table
         * @param item the item
         * @param <T> the item type
         * @return this builder
         * @throws IllegalArgumentException if the item cannot be stored, is already in the transaction, or the
         *     transaction is full
         */
        public <T> Builder put(DynamoTable<T> table, T item) {
            return put(table, item, null);
        }

        /**
         * Adds a conditional put.
         *
         * @param table the table
         * @param item the item
         * @param condition the condition, or null
         * @param <T> the item type
         * @return this builder
         * @throws IllegalArgumentException as for {@link #put(DynamoTable, Object)}
         */
        public <T> Builder put(DynamoTable<T> table, T item, Condition condition) {
            WritePlan plan = table.operations().plans().put(Objects.requireNonNull(item, "item"), condition, false);
            return add(table, plan, "put", TransactWriteItem.builder().put(p -> p.tableName(table.name())
                    .item(plan.item()).conditionExpression(plan.conditionExpression())
                    .expressionAttributeNames(plan.names()).expressionAttributeValues(plan.values())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build());
        }

        /**
         * Adds an update.
         *
         * @param table the table
         * @param key the item's key
         * @param update configures the update
         * @return this builder
         * @throws IllegalArgumentException as for {@link DynamoTable#update(ItemKey, Update)}, or if the item is
         *     already in the transaction
         */
        public Builder update(DynamoTable<?> table, ItemKey key, Consumer<Update.Builder> update) {
            return update(table, UpdateItem.builder().key(key).update(update).build());
        }

        /**
         * Adds an update with a condition or expected version.
         *
         * @param table the table
         * @param request the update
         * @return this builder
         * @throws IllegalArgumentException as for {@link DynamoTable#update(UpdateItem)}
         */
        public Builder update(DynamoTable<?> table, UpdateItem request) {
            WritePlan plan = table.operations().plans().update(request.key(), request.update(),
                    request.condition().orElse(null), version(request.expectedVersion()));
            return add(table, plan, "update", TransactWriteItem.builder().update(u -> u.tableName(table.name())
                    .key(plan.keyAttributes()).updateExpression(plan.updateExpression())
                    .conditionExpression(plan.conditionExpression())
                    .expressionAttributeNames(plan.names()).expressionAttributeValues(plan.values())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build());
        }

        /**
         * Adds a delete.
         *
         * @param table the table
         * @param key the item's key
         * @return this builder
         */
        public Builder delete(DynamoTable<?> table, ItemKey key) {
            return delete(table, DeleteItem.builder().key(key).build());
        }

        /**
         * Adds a delete with a condition or expected version.
         *
         * @param table the table
         * @param request the delete
         * @return this builder
         */
        public Builder delete(DynamoTable<?> table, DeleteItem request) {
            WritePlan plan = table.operations().plans().delete(request.key(), request.condition().orElse(null),
                    version(request.expectedVersion()));
            return add(table, plan, "delete", TransactWriteItem.builder().delete(d -> d.tableName(table.name())
                    .key(plan.keyAttributes()).conditionExpression(plan.conditionExpression())
                    .expressionAttributeNames(plan.names()).expressionAttributeValues(plan.values())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build());
        }

        /**
         * Adds a condition check: the transaction happens only if the item meets the condition.
         *
         * @param table the table
         * @param key the item's key
         * @param condition the condition
         * @return this builder
         */
        public Builder check(DynamoTable<?> table, ItemKey key, Condition condition) {
            WritePlan plan = table.operations().plans().check(key, Objects.requireNonNull(condition, "condition"));
            return add(table, plan, "check", TransactWriteItem.builder().conditionCheck(c -> c.tableName(table.name())
                    .key(plan.keyAttributes()).conditionExpression(plan.conditionExpression())
                    .expressionAttributeNames(plan.names()).expressionAttributeValues(plan.values())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build());
        }

        /**
         * Makes the transaction idempotent for 10 minutes: a retry with the same token is not applied twice.
         *
         * @param token 1 to 36 characters
         * @return this builder
         */
        public Builder clientRequestToken(String token) {
            this.clientRequestToken = Checks.notBlank(token, 36, "clientRequestToken");
            return this;
        }

        private static Long version(java.util.OptionalLong version) {
            return version.isPresent() ? version.getAsLong() : null;
        }

        private Builder add(DynamoTable<?> table, WritePlan plan, String verb, TransactWriteItem item) {
            String described = table.keySchema().describe(plan.key());
            if (actions.size() == MAX_ACTIONS) {
                throw new IllegalArgumentException("a transaction holds at most " + MAX_ACTIONS + " actions; "
                        + verb + " " + table.name() + " " + described + " would be number " + (MAX_ACTIONS + 1));
            }
            List<Object> target = List.of(table.name(), plan.key());
            if (!items.add(target)) {
                throw new IllegalArgumentException("item " + described + " of table " + table.name()
                        + " is already in the transaction; DynamoDB refuses two actions on one item");
            }
            actions.add(new Action(item, verb + " " + table.name() + " " + described, target));
            return this;
        }

        /**
         * Builds the transaction.
         *
         * @return the transaction
         * @throws IllegalArgumentException if it has no action
         */
        public Transaction build() {
            return new Transaction(this);
        }
    }
}
