package dev.awskit.dynamodb;

import dev.awskit.core.spi.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A secondary index of a {@link TableDefinition}: its key and which attributes it projects (all by default).
 * Immutable; built through {@link TableDefinition.Builder#globalIndex} or {@link TableDefinition.Builder#localIndex}.
 */
public final class IndexDefinition {
    private final String name;
    private final String partitionKey;
    private final ScalarAttributeType partitionType;
    private final String sortKey;
    private final ScalarAttributeType sortType;
    private final ProjectionType projectionType;
    private final List<String> included;

    private IndexDefinition(Builder builder) {
        this.name = builder.name;
        this.partitionKey = Objects.requireNonNull(builder.partitionKey, "index " + builder.name + " needs a partition key");
        this.partitionType = builder.partitionType;
        this.sortKey = builder.sortKey;
        this.sortType = builder.sortType;
        this.projectionType = builder.projectionType;
        this.included = List.copyOf(builder.included);
    }

    static Builder builder(String name) {
        return new Builder(Checks.notBlank(name, "index name"));
    }

    /** @return the index name */
    public String name() {
        return name;
    }

    /** @return the index's partition key attribute */
    public String partitionKey() {
        return partitionKey;
    }

    /** @return the partition key's type */
    public ScalarAttributeType partitionType() {
        return partitionType;
    }

    /** @return the index's sort key attribute, or empty */
    public Optional<String> sortKey() {
        return Optional.ofNullable(sortKey);
    }

    /** @return the sort key's type, or empty */
    public Optional<ScalarAttributeType> sortType() {
        return Optional.ofNullable(sortType);
    }

    /** @return the projection as the SDK takes it */
    public Projection projection() {
        return Projection.builder().projectionType(projectionType)
                .nonKeyAttributes(projectionType == ProjectionType.INCLUDE ? included : null).build();
    }

    @Override
    public String toString() {
        return "IndexDefinition[" + name + ", " + partitionKey + (sortKey == null ? "" : ", " + sortKey) + ", "
                + projectionType + "]";
    }

    /** Builds an {@link IndexDefinition}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private String partitionKey;
        private ScalarAttributeType partitionType;
        private String sortKey;
        private ScalarAttributeType sortType;
        private ProjectionType projectionType = ProjectionType.ALL;
        private List<String> included = List.of();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Sets the index's partition key. Required (a local index repeats the table's).
         *
         * @param attribute the attribute
         * @param type its type
         * @return this builder
         */
        public Builder partitionKey(String attribute, ScalarAttributeType type) {
            this.partitionKey = Checks.notBlank(attribute, "partition key");
            this.partitionType = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Sets the index's sort key.
         *
         * @param attribute the attribute
         * @param type its type
         * @return this builder
         */
        public Builder sortKey(String attribute, ScalarAttributeType type) {
            this.sortKey = Checks.notBlank(attribute, "sort key");
            this.sortType = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Projects the keys only.
         *
         * @return this builder
         */
        public Builder keysOnly() {
            this.projectionType = ProjectionType.KEYS_ONLY;
            return this;
        }

        /**
         * Projects the keys and these attributes.
         *
         * @param attributes the attributes
         * @return this builder
         */
        public Builder include(String... attributes) {
            this.projectionType = ProjectionType.INCLUDE;
            this.included = List.of(attributes);
            return this;
        }

        IndexDefinition build() {
            return new IndexDefinition(this);
        }
    }
}
