package dev.awskit.dynamodb;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.dynamodb.internal.ItemReader;
import dev.awskit.dynamodb.internal.ItemWriter;
import dev.awskit.dynamodb.internal.PlainValues;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts items of a Java type to and from DynamoDB attribute maps, through Jackson and without annotations:
 * records, POJOs and {@code Map<String, Object>} all work.
 *
 * <pre>{@code
 * record Vote(String name, long votes, Set<String> voters, Instant updated) {}
 * ItemMapper<Vote> mapper = ItemMapper.of(Vote.class);
 * Map<String, AttributeValue> item = mapper.toItem(new Vote("tabs", 3, Set.of("ann"), Instant.now()));
 * Vote vote = mapper.fromItem(item);
 * }</pre>
 *
 * <p>Conversion is exact and direct (Jackson's serializers write attribute values, no JSON text in between):
 * <ul>
 *   <li>numbers ({@code int}, {@code long}, {@code BigDecimal}, {@code double}, ...) become {@code N} with their
 *       exact decimal text ({@code 0.1d} is stored as {@code 0.1}); NaN, infinities, more than 38 digits and
 *       magnitudes outside DynamoDB's range are refused. Read back into {@code Object} or a {@code Map}, whole
 *       numbers are {@code Long} and others {@code BigDecimal}, never a {@code double};</li>
 *   <li>{@code byte[]} and {@code ByteBuffer} become {@code B}; a {@code java.util.Set} of strings, numbers or
 *       binaries becomes {@code SS}/{@code NS}/{@code BS} (an empty set is refused: DynamoDB cannot store one);
 *       other collections become {@code L}, objects and maps {@code M};</li>
 *   <li>{@code Instant} and the other {@code java.time} types are ISO-8601 text ({@code 2026-01-01T00:00:00Z});
 *       use a {@code long} of epoch seconds for a time-to-live attribute;</li>
 *   <li>null fields are left out, or stored as {@code NULL} with {@link Nulls#STORE}.</li>
 * </ul>
 * Refusals are {@link IllegalArgumentException}s that name the attribute path ({@code scores[2]}), thrown before
 * any request. Attributes without a matching property are ignored on read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the item type
 */
public final class ItemMapper<T> {
    private static final ObjectMapper DEFAULT_MAPPER = AwsKitJson.newMapper()
            .registerModule(new BlackbirdModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private static final ItemMapper<Map<String, AttributeValue>> RAW = new ItemMapper<>(null, null, null, Nulls.STORE);

    private final Class<T> type;
    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    private final ObjectReader reader;
    private final boolean omitNulls;
    private final Nulls nulls;

    private ItemMapper(Class<T> type, ObjectMapper mapper, Class<?> readAs, Nulls nulls) {
        this.type = type;
        this.mapper = mapper;
        this.writer = mapper == null ? null : mapper.writer();
        this.reader = readAs == null ? null : mapper.readerFor(readAs);
        this.nulls = nulls;
        this.omitNulls = nulls == Nulls.OMIT;
    }

    /**
     * Returns the mapper for {@code type} with awskit's Jackson configuration and nulls left out.
     *
     * @param type the item type; {@code Map.class} reads items as plain maps (see {@link #plain()})
     * @param <T> the item type
     * @return the mapper
     * @throws NullPointerException if {@code type} is null
     */
    public static <T> ItemMapper<T> of(Class<T> type) {
        return of(type, DEFAULT_MAPPER, Nulls.OMIT);
    }

    /**
     * Returns the mapper for {@code type} with a Jackson mapper of your own (for modules or naming strategies; to read
     * untyped numbers exactly, enable {@code USE_BIG_DECIMAL_FOR_FLOATS} on it).
     *
     * @param type the item type
     * @param mapper the Jackson mapper, which must not be reconfigured afterwards
     * @param nulls what null fields become
     * @param <T> the item type
     * @return the mapper
     * @throws NullPointerException if an argument is null
     */
    public static <T> ItemMapper<T> of(Class<T> type, ObjectMapper mapper, Nulls nulls) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(nulls, "nulls");
        if (type == AttributeValue.class) {
            throw new IllegalArgumentException("type must be an item type, not AttributeValue; use ItemMapper.raw()");
        }
        return new ItemMapper<>(type, mapper, Map.class.isAssignableFrom(type) ? null : type, nulls);
    }

    /** The Jackson mapper {@link #of(Class)} uses; shared, never reconfigured. */
    static ObjectMapper defaultObjectMapper() {
        return DEFAULT_MAPPER;
    }

    /**
     * Returns the mapper for plain maps: values read as {@code String}, {@code Long} or {@code BigDecimal},
     * {@code byte[]}, {@code Boolean}, {@code null}, {@code Map}, {@code List} and {@code Set} (see
     * {@link #fromItem(Map)}).
     *
     * @return the mapper
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ItemMapper<Map<String, Object>> plain() {
        return (ItemMapper) of(Map.class);
    }

    /**
     * Returns the identity mapper, for tables read and written as attribute maps.
     *
     * @return the mapper
     */
    public static ItemMapper<Map<String, AttributeValue>> raw() {
        return RAW;
    }

    /**
     * Returns the item type.
     *
     * @return the type, {@code Map.class} for plain and raw mappers
     */
    @SuppressWarnings("unchecked")
    public Class<T> type() {
        return type == null ? (Class<T>) (Class<?>) Map.class : type;
    }

    /**
     * Returns this mapper with another null handling.
     *
     * @param nulls what null fields become
     * @return a mapper of the same type and Jackson mapper
     * @throws NullPointerException if {@code nulls} is null
     */
    public ItemMapper<T> withNulls(Nulls nulls) {
        Objects.requireNonNull(nulls, "nulls");
        if (mapper == null || nulls == this.nulls) {
            return this;
        }
        return new ItemMapper<>(type, mapper, reader == null ? null : type, nulls);
    }

    /**
     * Returns what null fields become.
     *
     * @return the null handling
     */
    public Nulls nulls() {
        return nulls;
    }

    /**
     * Converts an item to its attributes.
     *
     * @param item the item
     * @return a new mutable map of its attributes, in property order
     * @throws NullPointerException if {@code item} is null
     * @throws IllegalArgumentException naming the attribute, for a value DynamoDB cannot store, or if the item is
     *     not an object
     */
    @SuppressWarnings("unchecked")
    public Map<String, AttributeValue> toItem(T item) {
        Objects.requireNonNull(item, "item");
        if (writer == null) {
            return new java.util.LinkedHashMap<>((Map<String, AttributeValue>) item);
        }
        ItemWriter out = new ItemWriter(mapper, omitNulls);
        write(out, item);
        return out.item();
    }

    /**
     * Converts any value to one attribute value, as it would be stored inside an item (for expression values and
     * keys). A null becomes {@code NULL}.
     *
     * @param value the value
     * @return the attribute value
     * @throws IllegalArgumentException naming the problem, for a value DynamoDB cannot store
     */
    public AttributeValue toValue(Object value) {
        if (value instanceof AttributeValue attribute) {
            return attribute;
        }
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        ObjectMapper jackson = mapper == null ? DEFAULT_MAPPER : mapper;
        ItemWriter out = new ItemWriter(jackson, omitNulls);
        try {
            jackson.writeValue(out, value);
        } catch (IOException e) {
            throw refusal(e, value);
        }
        return out.result();
    }

    private void write(ItemWriter out, T item) {
        try {
            writer.writeValue(out, item);
        } catch (IOException e) {
            throw refusal(e, item);
        }
    }

    /** Jackson wraps what the writer throws; the caller gets the writer's own message, which names the attribute. */
    private static IllegalArgumentException refusal(IOException e, Object value) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException refused) {
                return refused;
            }
            if (cause instanceof UnsupportedOperationException unsupported) {
                return new IllegalArgumentException(unsupported.getMessage(), e);
            }
        }
        String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException processing
                ? processing.getOriginalMessage() : e.getMessage();
        return new IllegalArgumentException(value.getClass().getName() + " cannot be written as an item: " + message, e);
    }

    /**
     * Converts attributes to an item.
     *
     * @param item the attributes
     * @return the item
     * @throws NullPointerException if {@code item} is null
     * @throws ItemMappingException naming the type and the problem, if the attributes do not fit the type
     */
    @SuppressWarnings("unchecked")
    public T fromItem(Map<String, AttributeValue> item) {
        Objects.requireNonNull(item, "item");
        if (mapper == null) {
            return (T) item;
        }
        if (reader == null) {
            return (T) PlainValues.item(item);
        }
        try {
            return reader.readValue(new ItemReader(mapper, item));
        } catch (IOException | RuntimeException e) {
            throw new ItemMappingException("an item does not fit " + type.getName() + ": " + describe(e), e);
        }
    }

    /** Where and why reading failed, without Jackson's message, which may quote the attribute's value. */
    private static String describe(Exception e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return e.getClass().getSimpleName();
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        String where = path.length() == 0 ? "the item" : "attribute '" + path + "'";
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return where + " cannot be read as " + mismatch.getTargetType().getSimpleName();
        }
        return where + " cannot be read (" + e.getClass().getSimpleName() + ")";
    }

    @Override
    public String toString() {
        return "ItemMapper[" + (mapper == null ? "raw" : type().getSimpleName()) + ", nulls=" + nulls + "]";
    }
}
