package dev.awskit.dynamodb;

import dev.awskit.core.Futures;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The blocking view of a {@link DynamoResource}: the same operations, waiting for the result and throwing the typed
 * exception itself. Thread-safe; obtained from {@link DynamoResource#sync()}.
 */
public final class DynamoResourceSync {
    private final DynamoResource resource;

    DynamoResourceSync(DynamoResource resource) {
        this.resource = resource;
    }

    /**
     * Creates a table and waits until it is active.
     *
     * @param definition the table
     * @return the active table's description
     * @see DynamoResource#createTable(TableDefinition)
     */
    public TableDescription createTable(TableDefinition definition) {
        return Futures.join(resource.createTable(definition));
    }

    /**
     * Creates a table and waits until it is active.
     *
     * @param definition configures the table
     * @return the active table's description
     * @see DynamoResource#createTable(Consumer)
     */
    public TableDescription createTable(Consumer<TableDefinition.Builder> definition) {
        return Futures.join(resource.createTable(definition));
    }

    /**
     * Waits until a table is active.
     *
     * @param table the table's name
     * @return its description
     * @see DynamoResource#awaitActive(String)
     */
    public TableDescription awaitActive(String table) {
        return Futures.join(resource.awaitActive(table));
    }

    /**
     * Describes a table.
     *
     * @param table the table's name
     * @return its description
     * @see DynamoResource#describeTable(String)
     */
    public TableDescription describeTable(String table) {
        return Futures.join(resource.describeTable(table));
    }

    /**
     * Tells whether a table exists.
     *
     * @param table the table's name
     * @return whether it exists
     * @see DynamoResource#tableExists(String)
     */
    public Boolean tableExists(String table) {
        return Futures.join(resource.tableExists(table));
    }

    /**
     * Deletes a table and waits until it is gone.
     *
     * @param table the table's name
     * @see DynamoResource#deleteTable(String)
     */
    public void deleteTable(String table) {
        Futures.join(resource.deleteTable(table));
    }

    /**
     * Turns time to live on.
     *
     * @param table the table's name
     * @param attribute the attribute
     * @see DynamoResource#enableTimeToLive(String, String)
     */
    public void enableTimeToLive(String table, String attribute) {
        Futures.join(resource.enableTimeToLive(table, attribute));
    }

    /**
     * Turns time to live off.
     *
     * @param table the table's name
     * @param attribute the attribute
     * @see DynamoResource#disableTimeToLive(String, String)
     */
    public void disableTimeToLive(String table, String attribute) {
        Futures.join(resource.disableTimeToLive(table, attribute));
    }

    /**
     * Runs a transaction.
     *
     * @param transaction the transaction
     * @see DynamoResource#transact(Transaction)
     */
    public void transact(Transaction transaction) {
        Futures.join(resource.transact(transaction));
    }

    /**
     * Builds and runs a transaction.
     *
     * @param transaction adds the actions
     * @see DynamoResource#transact(Consumer)
     */
    public void transact(Consumer<Transaction.Builder> transaction) {
        Futures.join(resource.transact(transaction));
    }

    @Override
    public String toString() {
        return resource + ".sync()";
    }
}
