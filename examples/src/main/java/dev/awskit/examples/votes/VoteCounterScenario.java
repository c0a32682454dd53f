package dev.awskit.examples.votes;

import dev.awskit.core.AwsKitException;
import dev.awskit.dynamodb.DynamoResource;
import dev.awskit.dynamodb.DynamoTable;
import dev.awskit.dynamodb.KeySchema;
import dev.awskit.examples.Scenario;
import dev.awskit.examples.ScenarioContext;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Seed 002, "unit testing a vote table": the vote Lambda's logic ({@link VoteCounter}) on a real table of the
 * emulator instead of a mocked {@code _make_api_call}: votes are cast, a bad vote answers 400, and the results come
 * back as the seed's {@code {candidate: votes}}.
 */
public final class VoteCounterScenario implements Scenario {

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
        String table = ctx.uniqueName("votes");
        try (DynamoDbAsyncClient client = ctx.settings().client(DynamoDbAsyncClient.builder());
                DynamoResource dynamo = DynamoResource.create(client)) {
            dynamo.sync().createTable(t -> t.name(table).partitionKey("Candidate", ScalarAttributeType.S));
            DynamoTable<VoteCounter.Row> votes = dynamo.table(table, VoteCounter.Row.class, KeySchema.of("Candidate"));
            VoteCounter handler = new VoteCounter(votes);

            for (String letter : List.of("A", "B", "B", "D", "B", "A")) {
                ctx.say("POST %s -> %s", letter, handler.vote(letter));
            }
            VoteCounter.Response bad = handler.vote("Z");
            ctx.say("POST Z -> %s", bad);
            VoteCounter.Response results = handler.results();
            ctx.say("GET -> %s", results);

            String expected = "{Black Panther=2, Captain America: Civil War=3, Thor: Ragnarok=1}";
            if (bad.status() != 400 || !results.body().equals(expected)) {
                throw new AwsKitException("expected " + expected + " and a 400, got " + results + " and " + bad);
            }
            dynamo.sync().deleteTable(table);
        }
    }
}
