package dev.awskit.dynamodb.internal;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.json.JsonWriteContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Jackson generator that builds {@link AttributeValue}s directly from the serializer's calls, with no JSON text
 * or tree in between: objects become {@code M}, arrays {@code L}, a {@code java.util.Set} of strings, numbers or
 * binaries {@code SS}/{@code NS}/{@code BS}, numbers exact {@code N}, binary {@code B}. Values DynamoDB cannot
 * store (NaN, an empty set, a number out of range) are refused with an {@link IllegalArgumentException} that names
 * the attribute path. One instance writes one value; not thread-safe.
 */
public final class ItemWriter extends GeneratorBase {
    private static final AttributeValue NULL = AttributeValue.fromNul(true);

    private final boolean omitNulls;
    private final AttributeBuilders values = new AttributeBuilders();
    private Frame top;
    private AttributeValue result;
    private Map<String, AttributeValue> rootMap;

    /**
     * Creates a writer.
     *
     * @param codec the mapper, for values serialized through {@code writeObject}
     * @param omitNulls whether a null object field is left out (otherwise stored as {@code NULL})
     */
    @SuppressWarnings("deprecation") // the other constructors want an IOContext, which only text output needs
    public ItemWriter(ObjectCodec codec, boolean omitNulls) {
        super(0, codec, JsonWriteContext.createRootContext(null));
        this.omitNulls = omitNulls;
    }

    /**
     * Returns what was written.
     *
     * @return the value, or null when nothing was written
     */
    public AttributeValue result() {
        if (result == null && rootMap != null) {
            result = AttributeValue.fromM(rootMap);
        }
        return result;
    }

    /**
     * Returns the top-level map as written (mutable, not copied): the cheapest form for a request.
     *
     * @return the attributes
     * @throws IllegalArgumentException if the value written was not an object
     */
    public Map<String, AttributeValue> item() {
        if (rootMap == null) {
            throw new IllegalArgumentException("an item must be an object with attributes, not "
                    + (result == null ? "nothing" : result.type()));
        }
        return rootMap;
    }

    /** A container being written: a map with the field about to be written, or a list (maybe a set). */
    private static final class Frame {
        final Frame parent;
        final Map<String, AttributeValue> map;
        final List<AttributeValue> list;
        final boolean set;
        String field;

        Frame(Frame parent, Map<String, AttributeValue> map, List<AttributeValue> list, boolean set) {
            this.parent = parent;
            this.map = map;
            this.list = list;
            this.set = set;
        }
    }

    private void emit(AttributeValue value) {
        Frame frame = top;
        if (frame == null) {
            result = value;
        } else if (frame.map != null) {
            if (frame.field == null) {
                throw new IllegalStateException("value written without a field name in an object");
            }
            frame.map.put(frame.field, value);
            frame.field = null;
        } else {
            frame.list.add(value);
        }
    }

    /** The attribute path being written, e.g. {@code address.lines[2]}, for errors. */
    String path() {
        StringBuilder path = new StringBuilder();
        appendPath(top, path);
        return path.length() == 0 ? "(value)" : path.toString();
    }

    private static void appendPath(Frame frame, StringBuilder path) {
        if (frame == null) {
            return;
        }
        appendPath(frame.parent, path);
        if (frame.map != null) {
            if (frame.field != null) {
                path.append(path.length() == 0 ? "" : ".").append(frame.field);
            }
        } else {
            path.append('[').append(frame.list.size()).append(']');
        }
    }

    @Override
    public void writeStartArray() {
        top = new Frame(top, null, new ArrayList<>(), false);
    }

    @Override
    public void writeStartArray(Object forValue, int size) {
        top = new Frame(top, null, new ArrayList<>(Math.max(size, 0)), forValue instanceof Set);
    }

    @Override
    public void writeStartArray(Object forValue) {
        top = new Frame(top, null, new ArrayList<>(), forValue instanceof Set);
    }

    @Override
    public void writeEndArray() {
        Frame frame = top;
        top = frame.parent;
        emit(frame.set ? setValue(frame.list) : values.l(frame.list));
    }

    /** A Java set becomes a DynamoDB set when its elements are all strings, all numbers or all binaries. */
    private AttributeValue setValue(List<AttributeValue> elements) {
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("attribute '" + path()
                    + "': DynamoDB cannot store an empty set; leave the attribute out (null) instead");
        }
        AttributeValue.Type type = elements.get(0).type();
        for (AttributeValue element : elements) {
            if (element.type() != type) {
                return values.l(elements);
            }
        }
        return switch (type) {
            case S -> AttributeValue.fromSs(elements.stream().map(AttributeValue::s).toList());
            case N -> AttributeValue.fromNs(elements.stream().map(AttributeValue::n).toList());
            case B -> AttributeValue.fromBs(elements.stream().map(AttributeValue::b).toList());
            default -> values.l(elements);
        };
    }

    @Override
    public void writeStartObject() {
        // Sized so an item of up to 24 attributes never rehashes.
        top = new Frame(top, new LinkedHashMap<>(top == null ? 32 : 16), null, false);
    }

    @Override
    public void writeStartObject(Object forValue) {
        writeStartObject();
    }

    @Override
    public void writeStartObject(Object forValue, int size) {
        top = new Frame(top, new LinkedHashMap<>(Math.max(16, size * 2)), null, false);
    }

    @Override
    public void writeEndObject() {
        Frame frame = top;
        top = frame.parent;
        if (top == null) {
            // The item itself: kept as the map, not wrapped in an M value (which would copy it).
            rootMap = frame.map;
        } else {
            emit(values.m(frame.map));
        }
    }

    @Override
    public void writeFieldName(String name) {
        if (top == null || top.map == null) {
            throw new IllegalStateException("field name '" + name + "' outside an object");
        }
        top.field = name;
    }

    @Override
    public void writeFieldName(SerializableString name) {
        writeFieldName(name.getValue());
    }

    @Override
    public void writeString(String text) {
        if (text == null) {
            writeNull();
            return;
        }
        emit(values.s(text));
    }

    @Override
    public void writeString(char[] buffer, int offset, int length) {
        writeString(new String(buffer, offset, length));
    }

    @Override
    public void writeString(SerializableString text) {
        writeString(text.getValue());
    }

    @Override
    public void writeRawUTF8String(byte[] buffer, int offset, int length) {
        writeString(new String(buffer, offset, length, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void writeUTF8String(byte[] buffer, int offset, int length) {
        writeRawUTF8String(buffer, offset, length);
    }

    @Override
    public void writeRaw(String text) {
        throw raw();
    }

    @Override
    public void writeRaw(String text, int offset, int len) {
        throw raw();
    }

    @Override
    public void writeRaw(char[] text, int offset, int len) {
        throw raw();
    }

    @Override
    public void writeRaw(char c) {
        throw raw();
    }

    @Override
    public void writeRawValue(String text) {
        throw raw();
    }

    private UnsupportedOperationException raw() {
        return new UnsupportedOperationException("attribute '" + path() + "': raw JSON cannot be stored as an attribute");
    }

    @Override
    public void writeBinary(Base64Variant variant, byte[] data, int offset, int length) {
        emit(values.b(SdkBytes.fromByteArrayUnsafe(Arrays.copyOfRange(data, offset, offset + length))));
    }

    @Override
    public int writeBinary(Base64Variant variant, InputStream data, int dataLength) throws IOException {
        byte[] bytes = dataLength < 0 ? data.readAllBytes() : data.readNBytes(dataLength);
        emit(values.b(SdkBytes.fromByteArrayUnsafe(bytes)));
        return bytes.length;
    }

    @Override
    public void writeNumber(short value) {
        emit(values.n(Numbers.of(value)));
    }

    @Override
    public void writeNumber(int value) {
        emit(values.n(Numbers.of(value)));
    }

    @Override
    public void writeNumber(long value) {
        emit(values.n(Numbers.of(value)));
    }

    @Override
    public void writeNumber(BigInteger value) {
        writeNumber(value == null ? null : new BigDecimal(value));
    }

    @Override
    public void writeNumber(double value) {
        try {
            emit(values.n(Numbers.of(value)));
        } catch (IllegalArgumentException e) {
            throw refused(e);
        }
    }

    @Override
    public void writeNumber(float value) {
        if (Float.isFinite(value)) {
            writeNumber(new BigDecimal(Float.toString(value)));
        } else {
            writeNumber((double) value);
        }
    }

    @Override
    public void writeNumber(BigDecimal value) {
        if (value == null) {
            writeNull();
            return;
        }
        try {
            emit(values.n(Numbers.of(value)));
        } catch (IllegalArgumentException e) {
            throw refused(e);
        }
    }

    @Override
    public void writeNumber(String encodedValue) {
        BigDecimal value;
        try {
            value = encodedValue == null ? null : new BigDecimal(encodedValue);
        } catch (NumberFormatException e) {
            throw refused(new IllegalArgumentException("'" + encodedValue + "' is not a number", e));
        }
        writeNumber(value);
    }

    /** Names the attribute in a number's refusal (the path is a walk of the frames, built only then). */
    private IllegalArgumentException refused(IllegalArgumentException e) {
        return new IllegalArgumentException("attribute '" + path() + "': " + e.getMessage(), e);
    }

    @Override
    public void writeBoolean(boolean state) {
        emit(AttributeBuilders.bool(state));
    }

    @Override
    public void writeNull() {
        if (top != null && top.set) {
            throw new IllegalArgumentException("attribute '" + path() + "': a set cannot hold null");
        }
        if (omitNulls && top != null && top.map != null) {
            top.field = null;
            return;
        }
        emit(NULL);
    }

    @Override
    public void flush() {
        // Nothing buffered: every value is built as it is written.
    }

    @Override
    protected void _releaseBuffers() {
        // No buffers.
    }

    @Override
    protected void _verifyValueWrite(String typeMsg) {
        // Structure is checked by the frames.
    }
}
