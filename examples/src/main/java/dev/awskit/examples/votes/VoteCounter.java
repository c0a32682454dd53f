package dev.awskit.examples.votes;

import dev.awskit.dynamodb.DynamoTable;
import dev.awskit.dynamodb.ItemKey;
import dev.awskit.dynamodb.Scan;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Seed 002's vote Lambda, in Java: {@code GET} answers every candidate's votes (a scan into
 * {@code {candidate: votes}}), {@code POST} adds one vote to a known candidate ({@code ADD Votes :incr}, the new
 * count returned) and answers 400 to anything else. The table is handed in, so tests run it on an emulator.
 */
public final class VoteCounter {
    /** The seed's candidates, by the letter a voter sends. */
    public static final Map<String, String> CANDIDATES = Map.of("A", "Black Panther", "B", "Captain America: Civil War",
            "C", "Guardians of the Galaxy", "D", "Thor: Ragnarok");

    /** A candidate's row: the seed's attribute names ({@code Votes} is a reserved word, which awskit escapes). */
    public record Row(String Candidate, long Votes) {
    }

    /**
     * What the handler answers.
     *
     * @param status the HTTP status
     * @param body the body
     */
    public record Response(int status, String body) {
    }

    private final DynamoTable<Row> votes;

    /**
     * Creates the handler.
     *
     * @param votes the table, keyed by {@code Candidate}
     */
    public VoteCounter(DynamoTable<Row> votes) {
        this.votes = votes;
    }

    /**
     * Answers {@code GET}: every candidate's votes.
     *
     * @return 200 with the counts, sorted by candidate
     */
    public Response results() {
        Map<String, Long> counts = votes.sync().scan(Scan.builder().build())
                .collect(Collectors.toMap(Row::Candidate, Row::Votes, Long::sum, TreeMap::new));
        return new Response(200, counts.toString());
    }

    /**
     * Answers {@code POST}: one vote for the candidate whose letter is given.
     *
     * @param letter the candidate's letter, or null when the request had none
     * @return 200 with the new count, or 400 naming the allowed letters
     */
    public Response vote(String letter) {
        if (letter == null) {
            return new Response(400, "Missing \"candidate\" in request.");
        }
        String candidate = CANDIDATES.get(letter);
        if (candidate == null) {
            return new Response(400, "You must vote for one of the following candidates - "
                    + new TreeMap<>(CANDIDATES) + ".");
        }
        Row row = votes.sync().update(ItemKey.of(candidate), u -> u.add("Votes", 1));
        return new Response(200, candidate + " now has " + row.Votes() + " votes");
    }
}
