package dev.awskit.examples.votes;

import dev.awskit.dynamodb.DynamoResource;
import dev.awskit.dynamodb.DynamoTable;
import dev.awskit.dynamodb.KeySchema;
import dev.awskit.examples.Checks;
import dev.awskit.examples.Scenario;
import dev.awskit.examples.ScenarioContext;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Seed 002, "unit testing a vote table": the vote Lambda's logic ({@link VoteCounter}) on a real table of the
 * emulator instead of a mocked {@code _make_api_call}: votes are cast, the seed's three bad requests answer 400, and
 * the results come back as the seed's {@code {"Candidate": Votes}}.
 */
public final class VoteCounterScenario implements Scenario {
    /** The votes cast, by letter: two for A, three for B, one for D. */
    static final List<String> BALLOTS = List.of("A", "B", "B", "D", "B", "A");
    /** The seed's three bad bodies: not JSON, no {@code candidate}, an unknown candidate. */
    static final List<String> BAD_BODIES = List.of("Thor: Ragnarok", "{\"name\": \"D\"}", "{\"candidate\": \"E\"}");
    /** What {@code GET} answers after {@link #BALLOTS}. */
    static final String EXPECTED_RESULTS =
            "{\"Black Panther\":2,\"Captain America: Civil War\":3,\"Thor: Ragnarok\":1}";

    @Override
    public String name() {
        return "vote-counter";
    }

    @Override
    public String description() {
        return "vote Lambda on a DynamoDB table: ADD Votes, 400 for bad input, scan into {candidate: votes} (seed 002)";
    }

    @Override
    public void run(ScenarioContext ctx) {
        Outcome outcome = vote(ctx);
        Checks.equal("the last vote's answer", new VoteCounter.Response(200, "Black Panther now has 2 votes"),
                outcome.votes().get(outcome.votes().size() - 1));
        Checks.equal("the bad requests' answers", List.of(new VoteCounter.Response(400, VoteCounter.NOT_JSON),
                new VoteCounter.Response(400, VoteCounter.MISSING_CANDIDATE),
                new VoteCounter.Response(400, VoteCounter.UNKNOWN_CANDIDATE)), outcome.rejected());
        Checks.equal("GET", new VoteCounter.Response(200, EXPECTED_RESULTS), outcome.results());
    }

    /**
     * Creates a votes table, casts {@link #BALLOTS}, sends {@link #BAD_BODIES}, reads the results and deletes the
     * table.
     *
     * @param ctx where to run and print
     * @return every answer
     */
    static Outcome vote(ScenarioContext ctx) {
        String table = ctx.uniqueName("votes");
        try (DynamoDbAsyncClient client = ctx.settings().client(DynamoDbAsyncClient.builder());
                DynamoResource dynamo = DynamoResource.create(client)) {
            dynamo.sync().createTable(t -> t.name(table).partitionKey("Candidate", ScalarAttributeType.S));
            try {
                DynamoTable<VoteCounter.Row> votes =
                        dynamo.table(table, VoteCounter.Row.class, KeySchema.of("Candidate"));
                VoteCounter handler = new VoteCounter(votes);
                List<VoteCounter.Response> answers = new ArrayList<>();
                for (String letter : BALLOTS) {
                    String body = "{\"candidate\": \"" + letter + "\"}";
                    answers.add(handler.handle("POST", body));
                    ctx.say("POST %s -> %s", body, answers.get(answers.size() - 1));
                }
                List<VoteCounter.Response> rejected = new ArrayList<>();
                for (String body : BAD_BODIES) {
                    rejected.add(handler.handle("POST", body));
                    ctx.say("POST %s -> %s", body, rejected.get(rejected.size() - 1));
                }
                VoteCounter.Response results = handler.handle("GET", null);
                ctx.say("GET -> %s", results);
                return new Outcome(answers, rejected, results);
            } finally {
                dynamo.sync().deleteTable(table);
            }
        }
    }

    /**
     * What the handler answered.
     *
     * @param votes the answers to {@link #BALLOTS}
     * @param rejected the answers to {@link #BAD_BODIES}
     * @param results the answer to {@code GET}
     */
    record Outcome(List<VoteCounter.Response> votes, List<VoteCounter.Response> rejected,
            VoteCounter.Response results) {
    }
}
