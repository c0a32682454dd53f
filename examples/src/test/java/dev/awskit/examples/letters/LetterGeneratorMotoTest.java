package dev.awskit.examples.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.dynamodb.DynamoResource;
import dev.awskit.dynamodb.DynamoTable;
import dev.awskit.dynamodb.KeySchema;
import dev.awskit.examples.PrintedContext;
import dev.awskit.s3.AwsKitS3Exception;
import dev.awskit.s3.ListEntry;
import dev.awskit.s3.ObjectNotFoundException;
import dev.awskit.s3.S3Bucket;
import dev.awskit.s3.S3Buckets;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * The same tests as {@link LetterGeneratorInMemoryTest}, on moto's DynamoDB table and S3 bucket through
 * {@link DynamoLetterTexts} and {@link S3LetterStore}: reads and writes are the API calls counted.
 */
class LetterGeneratorMotoTest extends LetterGeneratorContract {
    /** No reset between tests (it costs seconds): each test has its own table and bucket. */
    @RegisterExtension
    static final MotoExtension MOTO = MotoExtension.withoutReset();
    private static final FaultInjector CALLS = FaultInjector.create();
    /** One pair of clients for the class: closing a client costs seconds (its event loop's quiet period). */
    private static DynamoDbAsyncClient dynamoClient;
    private static S3AsyncClient s3;
    private static DynamoResource dynamo;
    private static MotoServer server;

    private final String name = "letters-" + Long.toHexString(System.nanoTime());
    private DynamoTable<DynamoLetterTexts.Entry> table;
    private S3Bucket bucket;

    @BeforeAll
    static void createClients(MotoServer moto) {
        server = moto;
        var settings = moto.settings().toBuilder().addInterceptor(CALLS).build();
        dynamoClient = settings.client(DynamoDbAsyncClient.builder());
        s3 = settings.client(S3AsyncClient.builder());
        dynamo = DynamoResource.create(dynamoClient);
    }

    @AfterAll
    static void closeClients() {
        dynamo.close();
        dynamoClient.close();
        s3.close();
    }

    @Override
    void prepare() {
        dynamo.sync().createTable(t -> t.name(name).partitionKey("PK", ScalarAttributeType.S));
        table = dynamo.table(name, DynamoLetterTexts.Entry.class, KeySchema.of("PK"));
        try (S3Buckets buckets = S3Buckets.create(s3)) {
            bucket = buckets.sync().create(name);
        }
    }

    @AfterEach
    void deleteTableAndBucket() {
        CALLS.clearRules();
        bucket.sync().deleteEverything();
        s3.deleteBucket(r -> r.bucket(name)).join();
        dynamo.sync().deleteTable(name);
    }

    @Override
    void putItem(String pk, String data) {
        table.sync().put(new DynamoLetterTexts.Entry(pk, data));
    }

    @Override
    LetterGenerator generator() {
        return new LetterGenerator(new DynamoLetterTexts(table), new S3LetterStore(bucket));
    }

    @Override
    Optional<String> storedLetter(String key) {
        try {
            return Optional.of(bucket.sync().getString(key));
        } catch (ObjectNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    Set<String> storedKeys() {
        return bucket.sync().list("").map(ListEntry::key).collect(Collectors.toSet());
    }

    @Override
    int reads() {
        return CALLS.calls("GetItem");
    }

    @Override
    int writes() {
        return CALLS.calls("PutObject");
    }

    @Override
    void resetCounts() {
        CALLS.reset();
    }

    @Test
    void createLetter_whenGetItemIsThrottledOnce_retriesAndWritesTheLetter() {
        CALLS.on("GetItem").nthCall(1).throttle();

        LetterGenerator.Response response = generator().createLetter("UnitTestDoc", "UnitTestCust").join();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(CALLS.attempts("GetItem")).isEqualTo(3);
        assertThat(CALLS.calls("GetItem")).isEqualTo(2);
    }

    @Test
    void createLetter_whenPutObjectKeepsFailing_failsAndAnswersNothing() {
        CALLS.on("PutObject").always().serverError(500);

        assertThatThrownBy(() -> generator().createLetter("UnitTestDoc", "UnitTestCust").join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(AwsKitS3Exception.class).hasMessageContaining(name);
        assertThat(CALLS.attempts("PutObject")).isGreaterThan(1);
        assertThat(storedKeys()).isEmpty();
    }

    @Test
    void scenario_againstMoto_printsTheLetterAndBoth404s() {
        PrintedContext printed = new PrintedContext(server.settings());

        new LetterGeneratorScenario().run(printed.context());

        assertThat(printed.text())
                .contains("UnitTestDoc for UnitTestCust -> Response[statusCode=200, body=UnitTestCust/UnitTestDoc.txt]")
                .contains("the object holds Dear Unit Test Customer;\\nUnit Test Doc Corpi")
                .contains("UnitTestDoc for NoSuchCust -> Response[statusCode=404")
                .contains("NoSuchDoc for UnitTestCust -> Response[statusCode=404");
    }
}
