package dev.awskit.examples;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.client.ClientSettings;
import dev.awskit.core.poll.PollOutcome;
import dev.awskit.core.poll.PollPolicy;
import dev.awskit.core.poll.Poller;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Checks that every service the scenarios use answers through clients built by one {@link ClientSettings}:
 * S3 (async upload, which needs the emulator preset's header fix), DynamoDB (with the poller waiting for the
 * table), Parameter Store, Secrets Manager, SQS and STS.
 */
final class EmulatorRoundTrip implements Scenario {

    @Override
    public String name() {
        return "emulator-round-trip";
    }

    @Override
    public String description() {
        return "one settings object, six services, a round trip each (all seeds)";
    }

    @Override
    public void run(ScenarioContext ctx) throws Exception {
        ClientSettings settings = ctx.settings();
        s3(ctx, settings);
        dynamoDb(ctx, settings);
        try (SsmClient ssm = settings.client(SsmClient.builder())) {
            // Names starting with "aws" are reserved in Parameter Store, so the path starts elsewhere.
            String name = "/examples/" + ctx.uniqueName("round-trip") + "/greeting";
            ssm.putParameter(r -> r.name(name).value("hello").type(ParameterType.STRING));
            Checks.equal("parameter value", "hello", ssm.getParameter(r -> r.name(name)).parameter().value());
            ctx.say("Parameter Store: %s round trip", name);
        }
        try (SecretsManagerClient secrets = settings.client(SecretsManagerClient.builder())) {
            String id = ctx.uniqueName("awskit-secret");
            String written = "{\"password\":\"example\"}";
            secrets.createSecret(r -> r.name(id).secretString(written));
            // Compared without printing: a check that fails must not show a secret.
            Checks.isTrue("the secret read back to equal the one written",
                    written.equals(secrets.getSecretValue(r -> r.secretId(id)).secretString()));
            ctx.say("Secrets Manager: %s round trip (value not printed)", id);
        }
        try (SqsClient sqs = settings.client(SqsClient.builder())) {
            String url = sqs.createQueue(r -> r.queueName(ctx.uniqueName("awskit-queue"))).queueUrl();
            sqs.sendMessage(r -> r.queueUrl(url).messageBody("ping"));
            String body = sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(1)).messages().get(0).body();
            Checks.equal("message body", "ping", body);
            ctx.say("SQS: message through %s", url);
        }
        try (StsClient sts = settings.client(StsClient.builder())) {
            ctx.say("STS: caller account %s", sts.getCallerIdentity().account());
        }
    }

    private static void s3(ScenarioContext ctx, ClientSettings settings) {
        try (S3AsyncClient s3 = settings.client(S3AsyncClient.builder())) {
            String bucket = ctx.uniqueName("awskit-bucket");
            s3.createBucket(r -> r.bucket(bucket)).join();
            s3.putObject(r -> r.bucket(bucket).key("hello.txt"), AsyncRequestBody.fromString("hello, s3")).join();
            String text = s3.getObject(r -> r.bucket(bucket).key("hello.txt"), AsyncResponseTransformer.toBytes())
                    .join().asUtf8String();
            Checks.equal("object text", "hello, s3", text);
            // Left behind, the bucket would be counted by later scenarios on the same emulator (bucket-count).
            s3.deleteObject(r -> r.bucket(bucket).key("hello.txt")).join();
            s3.deleteBucket(r -> r.bucket(bucket)).join();
            ctx.say("S3: async put and get in %s (deleted afterwards)", bucket);
        }
    }

    private static void dynamoDb(ScenarioContext ctx, ClientSettings settings) {
        try (DynamoDbAsyncClient dynamo = settings.client(DynamoDbAsyncClient.builder());
                Poller poller = Poller.create()) {
            String table = ctx.uniqueName("awskit-table");
            dynamo.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())).join();
            DescribeTableResponse active = poller.poll(() -> dynamo.describeTable(r -> r.tableName(table)),
                    PollPolicy.<DescribeTableResponse>builder()
                            .name("table " + table + " active")
                            .classifier(r -> r.table().tableStatus() == TableStatus.ACTIVE
                                    ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
                            .backoff(Backoff.fixed(Duration.ofMillis(100)))
                            .timeout(Duration.ofSeconds(30))
                            .build()).join();
            dynamo.putItem(r -> r.tableName(table).item(Map.of("pk", AttributeValue.fromS("C#1"),
                    "name", AttributeValue.fromS("Ana")))).join();
            String name = dynamo.getItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS("C#1"))))
                    .join().item().get("name").s();
            Checks.equal("item name", "Ana", name);
            ctx.say("DynamoDB: table %s is %s, item round trip", table, active.table().tableStatus());
        }
    }
}
