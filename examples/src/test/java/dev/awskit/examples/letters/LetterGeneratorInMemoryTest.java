package dev.awskit.examples.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The seed's lesson in Java: the generator is handed its table and bucket, so its logic is unit-tested with
 * in-memory doubles: no client, no emulator, no network.
 */
class LetterGeneratorInMemoryTest extends LetterGeneratorContract {
    private final Map<String, String> items = new ConcurrentHashMap<>();
    private final Map<String, String> letters = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();

    /** The table's double: the items by {@code PK}. */
    private final LetterTexts texts = new LetterTexts() {
        @Override
        public CompletableFuture<Optional<String>> customerName(String customerId) {
            return read("C#" + customerId);
        }

        @Override
        public CompletableFuture<Optional<String>> documentBody(String docType) {
            return read("D#" + docType);
        }

        private CompletableFuture<Optional<String>> read(String pk) {
            reads.incrementAndGet();
            return CompletableFuture.completedFuture(Optional.ofNullable(items.get(pk)));
        }
    };

    /** The bucket's double: the letters by key. */
    private final LetterStore store = (key, text) -> {
        writes.incrementAndGet();
        letters.put(key, text);
        return CompletableFuture.completedFuture(null);
    };

    @Override
    void putItem(String pk, String data) {
        items.put(pk, data);
    }

    @Override
    LetterGenerator generator() {
        return new LetterGenerator(texts, store);
    }

    @Override
    Optional<String> storedLetter(String key) {
        return Optional.ofNullable(letters.get(key));
    }

    @Override
    Set<String> storedKeys() {
        return Set.copyOf(letters.keySet());
    }

    @Override
    int reads() {
        return reads.get();
    }

    @Override
    int writes() {
        return writes.get();
    }

    @Override
    void resetCounts() {
        reads.set(0);
        writes.set(0);
    }

    @Test
    void createLetter_whenTheBucketFails_failsWithTheBucketsException() {
        UncheckedIOException refused = new UncheckedIOException("bucket refused", new java.io.IOException("503"));
        LetterGenerator generator = new LetterGenerator(texts, (key, text) -> CompletableFuture.failedFuture(refused));

        assertThatThrownBy(() -> generator.createLetter("UnitTestDoc", "UnitTestCust").join())
                .isInstanceOf(CompletionException.class).hasCause(refused);
    }

    @Test
    void handle_withoutPathParameters_answers400() {
        assertThat(generator().handle(null).join())
                .isEqualTo(new LetterGenerator.Response(400, "Missing path parameter 'docType'"));
        assertThat(reads()).isZero();
    }

    @Test
    void constructor_withoutStore_isRefusedNamingIt() {
        assertThatThrownBy(() -> new LetterGenerator(texts, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("store");
    }
}
