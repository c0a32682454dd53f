package dev.awskit.examples.votes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.json.AwsKitJson;
import dev.awskit.dynamodb.DynamoResource;
import dev.awskit.dynamodb.DynamoTable;
import dev.awskit.dynamodb.ItemKey;
import dev.awskit.dynamodb.KeySchema;
import dev.awskit.examples.PrintedContext;
import dev.awskit.examples.SentRequests;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Seed 002's vote table against moto: the {@code Candidate} key, {@code ADD Votes :incr} answering the new count, the
 * scan into {@code {name: votes}}, and the seed's three 400s, for which no DynamoDB call is made (counted).
 */
class VoteCounterTest {
    /** No reset between tests (it costs seconds): each test has its own table, deleted after it. */
    @RegisterExtension
    static final MotoExtension MOTO = MotoExtension.withoutReset();
    private static final AtomicInteger TABLES = new AtomicInteger();
    private final String tableName = "MovieVoteTable-" + TABLES.incrementAndGet() + "-" + System.nanoTime();
    private static final FaultInjector CALLS = FaultInjector.create();
    private static final SentRequests SENT = new SentRequests();
    /** One client for the class: closing a client costs seconds (its event loop's quiet period). */
    private static DynamoDbAsyncClient client;
    private static DynamoResource dynamo;
    private DynamoTable<VoteCounter.Row> table;
    private VoteCounter handler;

    @BeforeAll
    static void createClient(MotoServer moto) {
        client = moto.settings().toBuilder().addInterceptor(CALLS).addInterceptor(SENT).build()
                .client(DynamoDbAsyncClient.builder());
        dynamo = DynamoResource.create(client);
    }

    @AfterAll
    static void closeClient() {
        dynamo.close();
        client.close();
    }

    @BeforeEach
    void createTable() {
        dynamo.sync().createTable(t -> t.name(tableName).partitionKey("Candidate", ScalarAttributeType.S));
        table = dynamo.table(tableName, VoteCounter.Row.class, KeySchema.of("Candidate"));
        handler = new VoteCounter(table);
        CALLS.reset();
        SENT.clear();
    }

    @AfterEach
    void deleteTable() {
        dynamo.sync().deleteTable(tableName);
    }

    @Test
    void vote_forD_addsOneToThorRagnarokAndAnswersTheNewCount() {
        table.sync().put(new VoteCounter.Row("Thor: Ragnarok", 1));
        CALLS.reset();
        SENT.clear();

        VoteCounter.Response response = handler.handle("POST", "{\"candidate\": \"D\"}");

        assertThat(response).isEqualTo(new VoteCounter.Response(200, "Thor: Ragnarok now has 2 votes"));
        assertThat(response.headers()).containsEntry("Content-Type", "application/json");
        assertThat(CALLS.calls()).containsExactly(Map.entry("UpdateItem", 1));
        UpdateItemRequest update = SENT.of(UpdateItemRequest.class).get(0);
        assertThat(update.tableName()).isEqualTo(tableName);
        assertThat(update.key()).isEqualTo(Map.of("Candidate", AttributeValue.fromS("Thor: Ragnarok")));
        assertThat(update.updateExpression()).as("ADD Votes :incr, names and values through placeholders")
                .matches("ADD (#\\w+) (:\\w+)");
        String name = update.updateExpression().split(" ")[1];
        String value = update.updateExpression().split(" ")[2];
        assertThat(update.expressionAttributeNames()).containsEntry(name, "Votes");
        assertThat(update.expressionAttributeValues()).containsEntry(value, AttributeValue.fromN("1"));
        assertThat(update.returnValues()).isEqualTo(ReturnValue.ALL_NEW);
        assertThat(table.sync().get(ItemKey.of("Thor: Ragnarok"))).contains(new VoteCounter.Row("Thor: Ragnarok", 2));
    }

    @Test
    void vote_forACandidateWithoutVotes_startsTheCountAtOne() {
        assertThat(handler.vote("{\"candidate\": \"C\"}"))
                .isEqualTo(new VoteCounter.Response(200, "Guardians of the Galaxy now has 1 votes"));
    }

    @Test
    void results_withTheSeedsItems_answersThemAsNameToVotesInOneScan() {
        table.sync().put(new VoteCounter.Row("Black Panther", 3));
        table.sync().put(new VoteCounter.Row("Captain America: Civil War", 8));
        table.sync().put(new VoteCounter.Row("Guardians of the Galaxy", 8));
        table.sync().put(new VoteCounter.Row("Thor: Ragnarok", 1));
        CALLS.reset();
        SENT.clear();

        VoteCounter.Response response = handler.handle("GET", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(AwsKitJson.read(response.body(), Map.class)).isEqualTo(Map.of("Black Panther", 3,
                "Captain America: Civil War", 8, "Guardians of the Galaxy", 8, "Thor: Ragnarok", 1));
        assertThat(CALLS.calls()).containsExactly(Map.entry("Scan", 1));
    }

    @Test
    void results_ofAnEmptyTable_answersAnEmptyObject() {
        assertThat(handler.results()).isEqualTo(new VoteCounter.Response(200, "{}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thor: Ragnarok|Invalid input! Expecting a JSON.",
        "[\"candidate\"]|Invalid input! Expecting a JSON.",
        "{\"name\": \"D\"}|Missing \"candidate\" in request.",
        "{\"candidate\": \"E\"}|You must vote for one of the following candidates - 'A' for 'Black Panther', "
                + "'B' for 'Captain America: Civil War', 'C' for 'Guardians of the Galaxy', 'D' for 'Thor: Ragnarok'.",
        "{\"candidate\": 4}|You must vote for one of the following candidates - 'A' for 'Black Panther', "
                + "'B' for 'Captain America: Civil War', 'C' for 'Guardians of the Galaxy', 'D' for 'Thor: Ragnarok'."})
    void vote_withBadInput_answersTheSeeds400WithoutCallingDynamoDb(String body, String message) {
        VoteCounter.Response response = handler.handle("POST", body);

        assertThat(response).isEqualTo(new VoteCounter.Response(400, message));
        assertThat(response.headers()).containsEntry("Content-Type", "application/json");
        assertThat(CALLS.calls()).as("DynamoDB calls for bad input").isEmpty();
    }

    @Test
    void vote_withoutBody_answersNotJsonWithoutCallingDynamoDb() {
        assertThat(handler.vote(null)).isEqualTo(new VoteCounter.Response(400, VoteCounter.NOT_JSON));
        assertThat(CALLS.calls()).isEmpty();
    }

    @Test
    void handle_otherMethod_answers405WithoutCallingDynamoDb() {
        assertThat(handler.handle("DELETE", null).statusCode()).isEqualTo(405);
        assertThat(CALLS.calls()).isEmpty();
    }

    @Test
    void scenario_castsTheBallotsAndEndsWithTheSeedsCounts(MotoServer moto) {
        PrintedContext printed = new PrintedContext(moto.settings());

        VoteCounterScenario.Outcome outcome = VoteCounterScenario.vote(printed.context());

        assertThat(outcome.votes()).extracting(VoteCounter.Response::body).containsExactly(
                "Black Panther now has 1 votes", "Captain America: Civil War now has 1 votes",
                "Captain America: Civil War now has 2 votes", "Thor: Ragnarok now has 1 votes",
                "Captain America: Civil War now has 3 votes", "Black Panther now has 2 votes");
        assertThat(outcome.rejected()).extracting(VoteCounter.Response::statusCode).containsExactly(400, 400, 400);
        assertThat(outcome.results().body()).isEqualTo(VoteCounterScenario.EXPECTED_RESULTS);
        assertThat(printed.text()).contains("POST Thor: Ragnarok -> Response[statusCode=400");
        new VoteCounterScenario().run(printed.context());
    }
}
