package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.client.ClientSettings;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;
import software.amazon.awssdk.services.sts.StsClient;

/** Round trips through real SDK clients configured by core's emulator settings, against moto. */
@ExtendWith(MotoExtension.class)
class MotoRoundTripTest {

    @Test
    void s3Sync_putThenGet_returnsSameBytes(MotoServer moto) {
        try (S3Client s3 = moto.client(S3Client.builder())) {
            s3.createBucket(b -> b.bucket("sync-bucket"));
            s3.putObject(b -> b.bucket("sync-bucket").key("a/b.txt"), RequestBody.fromString("hello sync"));

            String body = s3.getObject(b -> b.bucket("sync-bucket").key("a/b.txt"), ResponseTransformer.toBytes())
                    .asUtf8String();

            assertThat(body).isEqualTo("hello sync");
        }
    }

    @Test
    void s3AsyncNetty_putThenGet_returnsSameBytes(ClientSettings settings) throws Exception {
        // moto never answers "Expect: 100-continue"; the emulator preset removes the header, else this stalls.
        try (S3AsyncClient s3 = settings.applyTo(S3AsyncClient.builder())
                .httpClientBuilder(NettyNioAsyncHttpClient.builder()).build()) {
            s3.createBucket(b -> b.bucket("async-bucket")).get(30, TimeUnit.SECONDS);
            s3.putObject(b -> b.bucket("async-bucket").key("k"), AsyncRequestBody.fromString("hello netty"))
                    .get(30, TimeUnit.SECONDS);

            String body = s3.getObject(b -> b.bucket("async-bucket").key("k"), AsyncResponseTransformer.toBytes())
                    .get(30, TimeUnit.SECONDS).asUtf8String();

            assertThat(body).isEqualTo("hello netty");
        }
    }

    @Test
    void dynamoDb_createPutGet_returnsItem(MotoServer moto) {
        try (DynamoDbClient ddb = moto.client(DynamoDbClient.builder())) {
            Tables.create(ddb, "orders");
            ddb.putItem(b -> b.tableName("orders").item(java.util.Map.of(
                    "id", AttributeValue.fromS("o-1"), "total", AttributeValue.fromN("42"))));

            var item = ddb.getItem(b -> b.tableName("orders").key(java.util.Map.of("id", AttributeValue.fromS("o-1"))))
                    .item();

            assertThat(item).containsEntry("total", AttributeValue.fromN("42"));
        }
    }

    @Test
    void parameterStore_putThenGet_returnsValue(MotoServer moto) {
        try (SsmClient ssm = moto.client(SsmClient.builder())) {
            ssm.putParameter(b -> b.name("/app/db/url").value("jdbc:x").type(ParameterType.STRING));

            String value = ssm.getParameter(b -> b.name("/app/db/url")).parameter().value();

            assertThat(value).isEqualTo("jdbc:x");
        }
    }

    @Test
    void secretsManager_createThenGet_returnsSecretString(MotoServer moto) {
        try (SecretsManagerClient secrets = moto.client(SecretsManagerClient.builder())) {
            secrets.createSecret(b -> b.name("app/db").secretString("s3cr3t"));

            String value = secrets.getSecretValue(b -> b.secretId("app/db")).secretString();

            assertThat(value).isEqualTo("s3cr3t");
        }
    }

    @Test
    void sqs_sendThenReceive_returnsBody(MotoServer moto) {
        try (SqsClient sqs = moto.client(SqsClient.builder())) {
            String url = sqs.createQueue(b -> b.queueName("jobs")).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("job-1"));

            var messages = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(1).waitTimeSeconds(1))
                    .messages();

            assertThat(messages).extracting(Message::body).containsExactly("job-1");
        }
    }

    @Test
    void sts_getCallerIdentity_returnsAccount(MotoServer moto) {
        try (StsClient sts = moto.client(StsClient.builder())) {
            assertThat(sts.getCallerIdentity().account()).matches("\\d{12}");
        }
    }

    @Test
    void reset_beforeEachTest_leavesNoBucketFromOtherTests(MotoServer moto) {
        try (S3Client s3 = moto.client(S3Client.builder())) {
            s3.createBucket(b -> b.bucket("reset-probe"));
            moto.reset();

            assertThat(s3.listBuckets().buckets()).isEmpty();
        }
    }
}
