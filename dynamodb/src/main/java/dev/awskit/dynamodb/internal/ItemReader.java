package dev.awskit.dynamodb.internal;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Jackson parser that walks {@link AttributeValue}s as if they were JSON, so any Jackson deserializer reads an
 * item with no JSON text or tree in between: {@code M} is an object, {@code L} and the sets are arrays, {@code N} a
 * number read exactly from its text, {@code B} an embedded {@code byte[]}. One instance reads one value; not
 * thread-safe.
 */
@SuppressWarnings("deprecation") // Jackson 2 still declares its old accessor names (getCurrentName, ...) abstract
public final class ItemReader extends ParserMinimalBase {
    private ObjectCodec codec;
    private AttributeValue root;
    private Map<String, AttributeValue> rootItem;
    private Frame frame;
    /** The value a FIELD_NAME token announced, to be started by the next call. */
    private AttributeValue pending;
    private String text;
    private byte[] bytes;
    private boolean closed;

    /**
     * Creates a reader of one value.
     *
     * @param codec the mapper
     * @param root the value to read
     */
    public ItemReader(ObjectCodec codec, AttributeValue root) {
        super(StreamReadConstraints.defaults());
        this.codec = codec;
        this.root = root;
        this.frame = new Frame(null, Frame.ROOT, null, Kind.VALUE);
    }

    /**
     * Creates a reader of one item, read as an object.
     *
     * @param codec the mapper
     * @param item the item's attributes
     */
    public ItemReader(ObjectCodec codec, Map<String, AttributeValue> item) {
        super(StreamReadConstraints.defaults());
        this.codec = codec;
        this.rootItem = item;
        this.frame = new Frame(null, Frame.ROOT, null, Kind.VALUE);
    }

    /** What the elements of an array frame are. */
    private enum Kind { VALUE, STRING, NUMBER, BINARY }

    /** A container being read; also Jackson's view of where the parser is. */
    private static final class Frame extends JsonStreamContext {
        static final int ROOT = JsonStreamContext.TYPE_ROOT;
        static final int ARRAY = JsonStreamContext.TYPE_ARRAY;
        static final int OBJECT = JsonStreamContext.TYPE_OBJECT;

        final Frame parent;
        final Iterator<?> elements;
        final Kind kind;
        String name;
        Object value;

        Frame(Frame parent, int type, Iterator<?> elements, Kind kind) {
            super(type, -1);
            this.parent = parent;
            this.elements = elements;
            this.kind = kind;
        }

        void advance() {
            _index++;
        }

        @Override
        public JsonStreamContext getParent() {
            return parent;
        }

        @Override
        public String getCurrentName() {
            return name;
        }

        @Override
        public Object getCurrentValue() {
            return value;
        }

        @Override
        public void setCurrentValue(Object v) {
            value = v;
        }
    }

    @Override
    public JsonToken nextToken() throws IOException {
        text = null;
        bytes = null;
        if (pending != null) {
            AttributeValue value = pending;
            pending = null;
            return _currToken = start(value);
        }
        if (root != null) {
            AttributeValue value = root;
            root = null;
            return _currToken = start(value);
        }
        if (rootItem != null) {
            frame = new Frame(frame, Frame.OBJECT, rootItem.entrySet().iterator(), Kind.VALUE);
            rootItem = null;
            return _currToken = JsonToken.START_OBJECT;
        }
        Frame current = frame;
        if (current.parent == null) {
            return _currToken = null;
        }
        if (current.elements.hasNext()) {
            current.advance();
            if (current.inObject()) {
                @SuppressWarnings("unchecked")
                Map.Entry<String, AttributeValue> entry = (Map.Entry<String, AttributeValue>) current.elements.next();
                current.name = entry.getKey();
                pending = entry.getValue();
                return _currToken = JsonToken.FIELD_NAME;
            }
            return _currToken = element(current.kind, current.elements.next());
        }
        frame = current.parent;
        return _currToken = current.inObject() ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
    }

    private JsonToken element(Kind kind, Object element) throws IOException {
        switch (kind) {
            case STRING:
                text = (String) element;
                return JsonToken.VALUE_STRING;
            case NUMBER:
                text = (String) element;
                return Numbers.isWhole(text) ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
            case BINARY:
                bytes = ((SdkBytes) element).asByteArrayUnsafe();
                return JsonToken.VALUE_EMBEDDED_OBJECT;
            default:
                return start((AttributeValue) element);
        }
    }

    private JsonToken start(AttributeValue value) throws IOException {
        switch (value.type()) {
            case S:
                text = value.s();
                return JsonToken.VALUE_STRING;
            case N:
                text = value.n();
                return Numbers.isWhole(text) ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
            case B:
                bytes = value.b().asByteArrayUnsafe();
                return JsonToken.VALUE_EMBEDDED_OBJECT;
            case BOOL:
                return value.bool() ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE;
            case NUL:
                return JsonToken.VALUE_NULL;
            case M:
                frame = new Frame(frame, Frame.OBJECT, value.m().entrySet().iterator(), Kind.VALUE);
                return JsonToken.START_OBJECT;
            case L:
                return array(value.l(), Kind.VALUE);
            case SS:
                return array(value.ss(), Kind.STRING);
            case NS:
                return array(value.ns(), Kind.NUMBER);
            case BS:
                return array(value.bs(), Kind.BINARY);
            default:
                throw _constructError("attribute of a type this SDK does not know: " + value);
        }
    }

    private JsonToken array(List<?> elements, Kind kind) {
        frame = new Frame(frame, Frame.ARRAY, elements.iterator(), kind);
        return JsonToken.START_ARRAY;
    }

    @Override
    protected void _handleEOF() {
        // A value tree always ends balanced.
    }

    @Override
    public String getCurrentName() {
        Frame current = frame;
        if ((_currToken == JsonToken.START_OBJECT || _currToken == JsonToken.START_ARRAY) && current.parent != null) {
            current = current.parent;
        }
        return current.name;
    }

    @Override
    public void overrideCurrentName(String name) {
        frame.name = name;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public JsonStreamContext getParsingContext() {
        return frame;
    }

    @Override
    public JsonLocation getCurrentLocation() {
        return JsonLocation.NA;
    }

    @Override
    public JsonLocation getTokenLocation() {
        return JsonLocation.NA;
    }

    @Override
    public ObjectCodec getCodec() {
        return codec;
    }

    @Override
    public void setCodec(ObjectCodec codec) {
        this.codec = codec;
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public String getText() {
        if (_currToken == null) {
            return null;
        }
        return switch (_currToken) {
            case FIELD_NAME -> frame.name;
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> text;
            default -> _currToken.asString();
        };
    }

    @Override
    public char[] getTextCharacters() {
        String value = getText();
        return value == null ? null : value.toCharArray();
    }

    @Override
    public boolean hasTextCharacters() {
        return false;
    }

    @Override
    public int getTextLength() {
        String value = getText();
        return value == null ? 0 : value.length();
    }

    @Override
    public int getTextOffset() {
        return 0;
    }

    @Override
    public byte[] getBinaryValue(Base64Variant variant) throws IOException {
        if (bytes != null) {
            return bytes;
        }
        if (_currToken == JsonToken.VALUE_STRING) {
            try {
                return variant.decode(text);
            } catch (IllegalArgumentException e) {
                throw _constructError("string attribute is not base64 binary");
            }
        }
        throw _constructError("current token (" + _currToken + ") is not binary");
    }

    @Override
    public Object getEmbeddedObject() {
        return bytes;
    }

    @Override
    public NumberType getNumberType() throws IOException {
        String number = numberText();
        if (!Numbers.isWhole(number)) {
            return NumberType.BIG_DECIMAL;
        }
        int digits = number.length() - (number.startsWith("-") ? 1 : 0);
        if (digits <= 9) {
            return NumberType.INT;
        }
        if (digits <= 18) {
            return NumberType.LONG;
        }
        return new BigInteger(number).bitLength() < 64 ? NumberType.LONG : NumberType.BIG_INTEGER;
    }

    @Override
    public Number getNumberValue() throws IOException {
        return switch (getNumberType()) {
            case INT -> Integer.parseInt(text);
            case LONG -> Long.parseLong(text);
            case BIG_INTEGER -> new BigInteger(text);
            default -> new BigDecimal(text);
        };
    }

    @Override
    public int getIntValue() throws IOException {
        String number = numberText();
        if (number.length() <= 9 && Numbers.isWhole(number)) {
            return Integer.parseInt(number); // at most 9 characters always fit; no BigDecimal for the common case
        }
        return exactInt(number);
    }

    private int exactInt(String number) throws IOException {
        try {
            return new BigDecimal(number).intValueExact();
        } catch (ArithmeticException e) {
            throw _constructError("number " + number + " is not an int");
        }
    }

    @Override
    public long getLongValue() throws IOException {
        String number = numberText();
        if (Numbers.isWhole(number) && number.length() <= 18) {
            return Long.parseLong(number);
        }
        try {
            return new BigDecimal(number).longValueExact();
        } catch (ArithmeticException e) {
            throw _constructError("number " + number + " is not a long");
        }
    }

    @Override
    public BigInteger getBigIntegerValue() throws IOException {
        try {
            return new BigDecimal(numberText()).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw _constructError("number " + text + " is not whole");
        }
    }

    @Override
    public float getFloatValue() throws IOException {
        return Float.parseFloat(numberText());
    }

    @Override
    public double getDoubleValue() throws IOException {
        return Double.parseDouble(numberText());
    }

    @Override
    public BigDecimal getDecimalValue() throws IOException {
        return new BigDecimal(numberText());
    }

    private String numberText() throws IOException {
        if (_currToken != JsonToken.VALUE_NUMBER_INT && _currToken != JsonToken.VALUE_NUMBER_FLOAT) {
            throw _constructError("current token (" + _currToken + ") is not a number");
        }
        return text;
    }
}
