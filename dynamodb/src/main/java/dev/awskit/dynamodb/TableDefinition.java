package dev.awskit.dynamodb;

import dev.awskit.core.spi.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What {@link DynamoResource#createTable(TableDefinition)} creates: the key, the billing (on demand by default, or
 * provisioned), secondary indexes and an optional time-to-live attribute.
 *
 * <pre>{@code
 * dynamo.createTable(t -> t.name("orders")
 *         .partitionKey("customer", ScalarAttributeType.S)
 *         .sortKey("doc", ScalarAttributeType.S)
 *         .globalIndex("byStatus", i -> i.partitionKey("status", ScalarAttributeType.S).keysOnly())
 *         .timeToLive("expiresAt"));
 * }</pre>
 *
 * <p>Immutable; checked when built (an attribute declared with two types, a local index without the table's
 * partition key, two indexes of one name are refused).
 */
public final class TableDefinition {
    private final String name;
    private final String partitionKey;
    private final ScalarAttributeType partitionType;
    private final String sortKey;
    private final ScalarAttributeType sortType;
    private final Long readCapacity;
    private final Long writeCapacity;
    private final List<IndexDefinition> globalIndexes;
    private final List<IndexDefinition> localIndexes;
    private final String timeToLive;

    private TableDefinition(Builder b) {
        this.name = Checks.notBlank(b.name, "name");
        this.partitionKey = Objects.requireNonNull(b.partitionKey, "partitionKey is required");
        this.partitionType = b.partitionType;
        this.sortKey = b.sortKey;
        this.sortType = b.sortType;
        this.readCapacity = b.readCapacity;
        this.writeCapacity = b.writeCapacity;
        this.globalIndexes = List.copyOf(b.globalIndexes);
        this.localIndexes = List.copyOf(b.localIndexes);
        this.timeToLive = b.timeToLive;
        attributeTypes();
        checkIndexes();
    }

    /** @return a new builder: on demand, no sort key, no indexes */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this definition */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.partitionKey = partitionKey;
        b.partitionType = partitionType;
        b.sortKey = sortKey;
        b.sortType = sortType;
        b.readCapacity = readCapacity;
        b.writeCapacity = writeCapacity;
        b.globalIndexes.addAll(globalIndexes);
        b.localIndexes.addAll(localIndexes);
        b.timeToLive = timeToLive;
        return b;
    }

    /** @return the table name */
    public String name() {
        return name;
    }

    /** @return the key attribute names, for {@link DynamoResource#table} */
    public KeySchema keySchema() {
        return sortKey == null ? KeySchema.of(partitionKey) : KeySchema.of(partitionKey, sortKey);
    }

    /** @return the time-to-live attribute enabled once the table is active, or empty */
    public Optional<String> timeToLive() {
        return Optional.ofNullable(timeToLive);
    }

    /** @return whether the table is billed per request */
    public boolean onDemand() {
        return readCapacity == null;
    }

    /** @return the global secondary indexes */
    public List<IndexDefinition> globalIndexes() {
        return globalIndexes;
    }

    /** @return the local secondary indexes */
    public List<IndexDefinition> localIndexes() {
        return localIndexes;
    }

    /**
     * Returns the request this definition sends.
     *
     * @return the {@code CreateTable} request
     */
    public CreateTableRequest toRequest() {
        List<AttributeDefinition> attributes = new ArrayList<>();
        attributeTypes().forEach((attribute, type) -> attributes.add(AttributeDefinition.builder()
                .attributeName(attribute).attributeType(type).build()));
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(name)
                .attributeDefinitions(attributes)
                .keySchema(keys(partitionKey, sortKey))
                .billingMode(onDemand() ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED)
                .provisionedThroughput(throughput());
        if (!globalIndexes.isEmpty()) {
            request.globalSecondaryIndexes(globalIndexes.stream().map(index -> GlobalSecondaryIndex.builder()
                    .indexName(index.name()).keySchema(keys(index.partitionKey(), index.sortKey().orElse(null)))
                    .projection(index.projection()).provisionedThroughput(throughput()).build()).toList());
        }
        if (!localIndexes.isEmpty()) {
            request.localSecondaryIndexes(localIndexes.stream().map(index -> LocalSecondaryIndex.builder()
                    .indexName(index.name()).keySchema(keys(index.partitionKey(), index.sortKey().orElse(null)))
                    .projection(index.projection()).build()).toList());
        }
        return request.build();
    }

    private ProvisionedThroughput throughput() {
        return onDemand() ? null : ProvisionedThroughput.builder().readCapacityUnits(readCapacity)
                .writeCapacityUnits(writeCapacity).build();
    }

    private static List<KeySchemaElement> keys(String partition, String sort) {
        List<KeySchemaElement> keys = new ArrayList<>(2);
        keys.add(KeySchemaElement.builder().attributeName(partition).keyType(KeyType.HASH).build());
        if (sort != null) {
            keys.add(KeySchemaElement.builder().attributeName(sort).keyType(KeyType.RANGE).build());
        }
        return keys;
    }

    private Map<String, ScalarAttributeType> attributeTypes() {
        Map<String, ScalarAttributeType> types = new LinkedHashMap<>();
        declare(types, partitionKey, partitionType);
        declare(types, sortKey, sortType);
        for (List<IndexDefinition> indexes : List.of(globalIndexes, localIndexes)) {
            for (IndexDefinition index : indexes) {
                declare(types, index.partitionKey(), index.partitionType());
                declare(types, index.sortKey().orElse(null), index.sortType().orElse(null));
            }
        }
        return types;
    }

    private void declare(Map<String, ScalarAttributeType> types, String attribute, ScalarAttributeType type) {
        if (attribute == null) {
            return;
        }
        ScalarAttributeType before = types.putIfAbsent(attribute, type);
        if (before != null && before != type) {
            throw new IllegalArgumentException("table " + name + ": attribute '" + attribute + "' is declared both "
                    + before + " and " + type);
        }
    }

    private void checkIndexes() {
        List<String> names = new ArrayList<>();
        for (IndexDefinition index : globalIndexes) {
            names.add(index.name());
        }
        for (IndexDefinition index : localIndexes) {
            names.add(index.name());
            if (!index.partitionKey().equals(partitionKey) || index.sortKey().isEmpty() || sortKey == null) {
                throw new IllegalArgumentException("table " + name + ": local index " + index.name() + " needs the "
                        + "table's partition key '" + partitionKey + "', its own sort key, and a table with a sort key");
            }
        }
        if (names.stream().distinct().count() < names.size()) {
            throw new IllegalArgumentException("table " + name + ": two indexes share a name: " + names);
        }
    }

    @Override
    public String toString() {
        return "TableDefinition[" + name + ", " + keySchema() + (onDemand() ? ", on demand" : ", provisioned "
                + readCapacity + "/" + writeCapacity) + ", global=" + globalIndexes + ", local=" + localIndexes
                + ", ttl=" + timeToLive + "]";
    }

    /** Builds a {@link TableDefinition}. Not thread-safe; {@link #build()} copies its state. */
    public static final class Builder {
        private String name;
        private String partitionKey;
        private ScalarAttributeType partitionType;
        private String sortKey;
        private ScalarAttributeType sortType;
        private Long readCapacity;
        private Long writeCapacity;
        private final List<IndexDefinition> globalIndexes = new ArrayList<>();
        private final List<IndexDefinition> localIndexes = new ArrayList<>();
        private String timeToLive;

        private Builder() {
        }

        /**
         * Sets the table name. Required.
         *
         * @param name 3 to 255 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Checks.notBlank(name, 255, "name");
            return this;
        }

        /**
         * Sets the partition key. Required.
         *
         * @param attribute the attribute
         * @param type {@code S}, {@code N} or {@code B}
         * @return this builder
         */
        public Builder partitionKey(String attribute, ScalarAttributeType type) {
            this.partitionKey = Checks.notBlank(attribute, "partitionKey");
            this.partitionType = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Sets the sort key.
         *
         * @param attribute the attribute
         * @param type {@code S}, {@code N} or {@code B}
         * @return this builder
         */
        public Builder sortKey(String attribute, ScalarAttributeType type) {
            this.sortKey = Checks.notBlank(attribute, "sortKey");
            this.sortType = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Bills per request (the default).
         *
         * @return this builder
         */
        public Builder onDemand() {
            this.readCapacity = null;
            this.writeCapacity = null;
            return this;
        }

        /**
         * Provisions capacity, for the table and each global index.
         *
         * @param readCapacity read capacity units, 1 or more
         * @param writeCapacity write capacity units, 1 or more
         * @return this builder
         * @throws IllegalArgumentException if a capacity is below 1
         */
        public Builder provisioned(long readCapacity, long writeCapacity) {
            if (readCapacity < 1 || writeCapacity < 1) {
                throw new IllegalArgumentException("capacities must be 1 or more: " + readCapacity + "/" + writeCapacity);
            }
            this.readCapacity = readCapacity;
            this.writeCapacity = writeCapacity;
            return this;
        }

        /**
         * Adds a global secondary index.
         *
         * @param indexName the index name
         * @param index configures its key and projection
         * @return this builder
         */
        public Builder globalIndex(String indexName, Consumer<IndexDefinition.Builder> index) {
            IndexDefinition.Builder builder = IndexDefinition.builder(indexName);
            index.accept(builder);
            globalIndexes.add(builder.build());
            return this;
        }

        /**
         * Adds a local secondary index (same partition key as the table, another sort key).
         *
         * @param indexName the index name
         * @param index configures its key and projection
         * @return this builder
         */
        public Builder localIndex(String indexName, Consumer<IndexDefinition.Builder> index) {
            IndexDefinition.Builder builder = IndexDefinition.builder(indexName);
            index.accept(builder);
            localIndexes.add(builder.build());
            return this;
        }

        /**
         * Enables time to live on an attribute once the table is active (the attribute holds epoch seconds).
         *
         * @param attribute the attribute
         * @return this builder
         */
        public Builder timeToLive(String attribute) {
            this.timeToLive = Checks.notBlank(attribute, "timeToLive");
            return this;
        }

        /**
         * Builds the definition.
         *
         * @return the definition
         * @throws NullPointerException if the name or partition key is missing
         * @throws IllegalArgumentException if an attribute has two types or an index is inconsistent
         */
        public TableDefinition build() {
            return new TableDefinition(this);
        }
    }
}
