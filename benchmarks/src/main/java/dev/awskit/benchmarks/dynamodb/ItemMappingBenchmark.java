package dev.awskit.benchmarks.dynamodb;

import dev.awskit.dynamodb.ItemMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Item mapping alone, no I/O: one item of 20 attributes (8 strings, 9 numbers, a boolean, a list of strings, a map of
 * strings) to and from {@code Map<String, AttributeValue>}, through awskit's {@link ItemMapper} (the bean and a
 * record) and through the Enhanced Client's {@code TableSchema.fromBean} and {@code fromImmutableClass}. Run with
 * {@code -prof gc} for the allocation per item.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ItemMappingBenchmark {
    private final ItemMapper<ProfileBean> awskitBean = ItemMapper.of(ProfileBean.class);
    private final ItemMapper<ProfileRecord> awskitRecord = ItemMapper.of(ProfileRecord.class);
    private final TableSchema<ProfileBean> enhancedBean = TableSchema.fromBean(ProfileBean.class);
    private final TableSchema<ProfileImmutable> enhancedImmutable = TableSchema.fromImmutableClass(ProfileImmutable.class);

    private ProfileBean bean;
    private ProfileRecord record;
    private ProfileImmutable immutable;
    private Map<String, AttributeValue> item;

    /** Builds the item and its attributes once. */
    @Setup
    public void setUp() {
        bean = ProfileBean.sample();
        record = ProfileRecord.sample();
        immutable = ProfileImmutable.sample();
        item = asReceived(enhancedBean.itemToMap(bean, true));
        if (!awskitBean.toItem(bean).equals(item) || !awskitRecord.toItem(record).equals(item)) {
            throw new IllegalStateException("awskit and the Enhanced Client write different attributes");
        }
    }

    /**
     * The attributes as a response hands them over: the SDK's JSON parser interns attribute names and copies the item
     * into an unmodifiable map. As {@code fromBean} writes them, five names ({@code getX} decapitalized) are that
     * schema's own non-interned strings, which only its own lookups would match by identity, skipping
     * {@code String.equals}; awskit (Jackson) and {@code fromImmutableClass} hold interned names.
     */
    private static Map<String, AttributeValue> asReceived(Map<String, AttributeValue> written) {
        Map<String, AttributeValue> copy = new LinkedHashMap<>();
        written.forEach((name, value) -> copy.put(name.intern(),
                value.type() == AttributeValue.Type.M ? AttributeValue.fromM(asReceived(value.m())) : value));
        return AttributeValue.fromM(copy).m();
    }

    @Benchmark
    public Map<String, AttributeValue> awskitBeanToItem() {
        return awskitBean.toItem(bean);
    }

    @Benchmark
    public Map<String, AttributeValue> awskitRecordToItem() {
        return awskitRecord.toItem(record);
    }

    @Benchmark
    public Map<String, AttributeValue> enhancedBeanToItem() {
        return enhancedBean.itemToMap(bean, true);
    }

    @Benchmark
    public Map<String, AttributeValue> enhancedImmutableToItem() {
        return enhancedImmutable.itemToMap(immutable, true);
    }

    @Benchmark
    public ProfileBean awskitBeanFromItem() {
        return awskitBean.fromItem(item);
    }

    @Benchmark
    public ProfileRecord awskitRecordFromItem() {
        return awskitRecord.fromItem(item);
    }

    @Benchmark
    public ProfileBean enhancedBeanFromItem() {
        return enhancedBean.mapToItem(item);
    }

    @Benchmark
    public ProfileImmutable enhancedImmutableFromItem() {
        return enhancedImmutable.mapToItem(item);
    }
}
