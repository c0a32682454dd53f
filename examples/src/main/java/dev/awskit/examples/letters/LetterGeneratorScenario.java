package dev.awskit.examples.letters;

import dev.awskit.core.Futures;
import dev.awskit.dynamodb.DynamoResource;
import dev.awskit.dynamodb.DynamoTable;
import dev.awskit.dynamodb.KeySchema;
import dev.awskit.examples.Checks;
import dev.awskit.examples.Scenario;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.s3.S3Bucket;
import dev.awskit.s3.S3Buckets;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * Seed 000, "Unit Testing AWS Lambda with Python and Mock AWS Services": the seed's test #1 to #3 as a program. A
 * table keyed by {@code PK} holds {@code C#UnitTestCust} and {@code D#UnitTestDoc}; the {@link LetterGenerator}, handed
 * that table and a bucket, writes {@code UnitTestCust/UnitTestDoc.txt} and answers 200 with the key, and answers 404
 * for an unknown customer and for an unknown document.
 */
public final class LetterGeneratorScenario implements Scenario {
    /** The letter the seed's test #1 reads back. */
    static final String EXPECTED_LETTER = "Dear Unit Test Customer;\nUnit Test Doc Corpi";

    @Override
    public String name() {
        return "letter-generator";
    }

    @Override
    public String description() {
        return "a Lambda handed its DynamoDB table and S3 bucket writes a customer's letter; 404 when unknown (seed 000)";
    }

    @Override
    public void run(ScenarioContext ctx) {
        String tableName = ctx.uniqueName("letters");
        try (DynamoDbAsyncClient dynamoClient = ctx.settings().client(DynamoDbAsyncClient.builder());
                DynamoResource dynamo = DynamoResource.create(dynamoClient);
                S3AsyncClient s3 = ctx.settings().client(S3AsyncClient.builder());
                S3Buckets buckets = S3Buckets.create(s3)) {
            dynamo.sync().createTable(t -> t.name(tableName).partitionKey("PK", ScalarAttributeType.S));
            S3Bucket bucket = buckets.sync().create(ctx.uniqueName("letters"));
            try {
                DynamoTable<DynamoLetterTexts.Entry> table =
                        dynamo.table(tableName, DynamoLetterTexts.Entry.class, KeySchema.of("PK"));
                table.sync().put(new DynamoLetterTexts.Entry("D#UnitTestDoc", "Unit Test Doc Corpi"));
                table.sync().put(new DynamoLetterTexts.Entry("C#UnitTestCust", "Unit Test Customer"));
                ctx.say("table %s: C#UnitTestCust, D#UnitTestDoc; bucket %s", tableName, bucket.name());
                LetterGenerator generator = new LetterGenerator(new DynamoLetterTexts(table), new S3LetterStore(bucket));

                LetterGenerator.Response created = Futures.join(generator.createLetter("UnitTestDoc", "UnitTestCust"));
                String letter = bucket.sync().getString("UnitTestCust/UnitTestDoc.txt");
                ctx.say("UnitTestDoc for UnitTestCust -> %s; the object holds %s", created, letter.replace("\n", "\\n"));
                Checks.equal("the answer", new LetterGenerator.Response(200, "UnitTestCust/UnitTestDoc.txt"), created);
                Checks.equal("the letter", EXPECTED_LETTER, letter);

                LetterGenerator.Response noCustomer = Futures.join(generator.createLetter("UnitTestDoc", "NoSuchCust"));
                LetterGenerator.Response noDocument = Futures.join(generator.createLetter("NoSuchDoc", "UnitTestCust"));
                ctx.say("UnitTestDoc for NoSuchCust -> %s", noCustomer);
                ctx.say("NoSuchDoc for UnitTestCust -> %s", noDocument);
                Checks.equal("an unknown customer's status", 404, noCustomer.statusCode());
                Checks.equal("an unknown document's status", 404, noDocument.statusCode());
                Checks.isTrue("no letter for the unknown customer or document",
                        bucket.sync().list("").count() == 1);
            } finally {
                bucket.sync().deleteEverything();
                s3.deleteBucket(r -> r.bucket(bucket.name())).join();
                dynamo.sync().deleteTable(tableName);
            }
        }
    }
}
