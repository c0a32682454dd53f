package dev.awskit.examples.letters;

import dev.awskit.dynamodb.DynamoTable;
import dev.awskit.dynamodb.ItemKey;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** {@link LetterTexts} on the seed's table: items keyed by {@code PK} ({@code C#...}, {@code D#...}). Thread-safe. */
public final class DynamoLetterTexts implements LetterTexts {
    /**
     * One item of the seed's table.
     *
     * @param PK {@code C#<customer>} or {@code D#<document>}
     * @param data the customer's name or the document's body
     */
    public record Entry(String PK, String data) {
    }

    private final DynamoTable<Entry> table;

    /**
     * Reads texts from a table.
     *
     * @param table the table, keyed by {@code PK}
     * @throws NullPointerException if {@code table} is null
     */
    public DynamoLetterTexts(DynamoTable<Entry> table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public CompletableFuture<Optional<String>> customerName(String customerId) {
        return data("C#" + customerId);
    }

    @Override
    public CompletableFuture<Optional<String>> documentBody(String docType) {
        return data("D#" + docType);
    }

    private CompletableFuture<Optional<String>> data(String pk) {
        return table.get(ItemKey.of(pk)).thenApply(entry -> entry.map(Entry::data));
    }
}
