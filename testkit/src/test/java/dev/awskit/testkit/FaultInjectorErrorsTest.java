package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.awskit.core.client.ClientSettings;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** Error faults against moto: raised before transmission, classified and retried by the SDK itself. */
@ExtendWith(MotoExtension.class)
class FaultInjectorErrorsTest {
    private static final Map<String, AttributeValue> KEY = Map.of("id", AttributeValue.fromS("k-1"));

    private final FaultInjector faults = FaultInjector.create();
    private final RecordingRetries retries = new RecordingRetries(3);
    private ClientSettings settings;

    @BeforeEach
    void setUp(MotoServer moto) {
        settings = moto.settings().toBuilder().addInterceptor(faults).retryStrategy(retries.strategy).build();
        try (DynamoDbClient ddb = moto.client(DynamoDbClient.builder())) {
            Tables.create(ddb, "t");
        }
    }

    @Test
    void throttle_onFirstCall_isRetriedBySdkAsThrottlingAndCounted(MotoServer moto) {
        try (SecretsManagerClient secrets = settings.client(SecretsManagerClient.builder())) {
            secrets.createSecret(b -> b.name("db").secretString("pw"));
            faults.on("GetSecretValue").nthCall(1).throttle();

            String value = secrets.getSecretValue(b -> b.secretId("db")).secretString();

            assertThat(value).isEqualTo("pw");
            assertThat(faults.calls("GetSecretValue")).isEqualTo(1);
            assertThat(faults.attempts("GetSecretValue")).isEqualTo(2);
            assertThat(faults.injected("GetSecretValue")).isEqualTo(1);
            assertThat(retries.throttlingBackoffs).hasValue(1);
            assertThat(retries.backoffs).hasValue(0);
        }
    }

    @Test
    void throttle_always_exhaustsRetriesWithServiceThrottlingException() {
        faults.on("GetSecretValue").always().throttle();
        try (SecretsManagerClient secrets = settings.client(SecretsManagerClient.builder())) {
            Throwable thrown = catchThrowable(() -> secrets.getSecretValue(b -> b.secretId("db")));

            assertThat(thrown).isInstanceOf(SecretsManagerException.class);
            SecretsManagerException error = (SecretsManagerException) thrown;
            assertThat(error.isThrottlingException()).isTrue();
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
            assertThat(error.statusCode()).isEqualTo(400);
            assertThat(faults.calls("GetSecretValue")).isEqualTo(1);
            assertThat(faults.attempts("GetSecretValue")).isEqualTo(3);
        }
    }

    @Test
    void throttle_withModeledCode_throwsModeledExceptionAndBackendSeesNothing() {
        faults.on("PutItem").always().throttle("ProvisionedThroughputExceededException");
        try (DynamoDbClient ddb = settings.client(DynamoDbClient.builder())) {
            assertThatThrownBy(() -> ddb.putItem(b -> b.tableName("t").item(KEY)))
                    .isInstanceOf(ProvisionedThroughputExceededException.class)
                    .satisfies(e -> assertThat(((AwsServiceException) e).isThrottlingException()).isTrue());

            assertThat(ddb.getItem(b -> b.tableName("t").key(KEY)).hasItem()).isFalse();
            assertThat(faults.attempts("PutItem")).isEqualTo(3);
        }
    }

    @Test
    void throttle_onS3_isSlowDown503() {
        faults.on("PutObject").always().throttle();
        try (S3Client s3 = settings.client(S3Client.builder())) {
            s3.createBucket(b -> b.bucket("faulty-bucket"));

            Throwable thrown = catchThrowable(() -> s3.putObject(b -> b.bucket("faulty-bucket").key("k"), RequestBody.fromString("x")));

            assertThat(thrown).isInstanceOf(S3Exception.class);
            assertThat(((S3Exception) thrown).statusCode()).isEqualTo(503);
            assertThat(((S3Exception) thrown).isThrottlingException()).isTrue();
            assertThat(s3.listObjectsV2(b -> b.bucket("faulty-bucket")).contents()).isEmpty();
        }
    }

    @Test
    void throttle_withCodeSdkDoesNotTreatAsThrottling_isRejected() {
        assertThatThrownBy(() -> faults.on("PutItem").always().throttle("ValidationException"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ValidationException");
    }

    @Test
    void serverError503_always_isRetriedThenThrownAndBackendSeesNothing() {
        faults.on("PutItem").always().serverError(503);
        try (DynamoDbClient ddb = settings.client(DynamoDbClient.builder())) {
            Throwable thrown = catchThrowable(() -> ddb.putItem(b -> b.tableName("t").item(KEY)));

            assertThat(thrown).isInstanceOf(DynamoDbException.class);
            assertThat(((DynamoDbException) thrown).statusCode()).isEqualTo(503);
            assertThat(faults.attempts("PutItem")).isEqualTo(3);
            assertThat(ddb.getItem(b -> b.tableName("t").key(KEY)).hasItem()).isFalse();
        }
    }

    @Test
    void serverError500_onFirstCall_succeedsOnRetryAndWritesOnce() {
        faults.on("PutItem").nthCall(1).serverError(500);
        try (DynamoDbClient ddb = settings.client(DynamoDbClient.builder())) {
            ddb.putItem(b -> b.tableName("t").item(KEY));

            assertThat(ddb.getItem(b -> b.tableName("t").key(KEY)).hasItem()).isTrue();
            assertThat(faults.calls("PutItem")).isEqualTo(1);
            assertThat(faults.attempts("PutItem")).isEqualTo(2);
            assertThat(retries.backoffs).hasValue(1);
        }
    }

    @Test
    void connectionFailure_onFirstCall_isRetriedAsIoFailure() {
        faults.on("PutItem").nthCall(1).connectionFailure();
        try (DynamoDbClient ddb = settings.client(DynamoDbClient.builder())) {
            ddb.putItem(b -> b.tableName("t").item(KEY));

            assertThat(faults.attempts("PutItem")).isEqualTo(2);
            assertThat(ddb.getItem(b -> b.tableName("t").key(KEY)).hasItem()).isTrue();
        }
    }

    @Test
    void connectionFailure_always_throwsSdkClientExceptionWithConnectCause() {
        faults.on("PutItem").always().connectionFailure();
        try (DynamoDbClient ddb = settings.client(DynamoDbClient.builder())) {
            Throwable thrown = catchThrowable(() -> ddb.putItem(b -> b.tableName("t").item(KEY)));

            assertThat(thrown).isInstanceOf(SdkClientException.class).hasRootCauseInstanceOf(ConnectException.class);
            assertThat(faults.attempts("PutItem")).isEqualTo(3);
            assertThat(ddb.getItem(b -> b.tableName("t").key(KEY)).hasItem()).isFalse();
        }
    }

    @Test
    void throttle_onAsyncClient_isRetriedInsideSdkPipeline() throws Exception {
        faults.on("PutItem").nthCall(1).throttle();
        try (DynamoDbAsyncClient ddb = settings.client(DynamoDbAsyncClient.builder())) {
            ddb.putItem(b -> b.tableName("t").item(KEY)).get(30, TimeUnit.SECONDS);

            assertThat(faults.attempts("PutItem")).isEqualTo(2);
            assertThat(retries.throttlingBackoffs).hasValue(1);
        }
    }

    @Test
    void serverError_always_onAsyncClient_failsFutureWithServiceException() {
        faults.on("GetItem").always().serverError(500);
        try (DynamoDbAsyncClient ddb = settings.client(DynamoDbAsyncClient.builder())) {
            Throwable thrown = catchThrowable(() -> ddb.getItem(b -> b.tableName("t").key(KEY)).join());

            assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(DynamoDbException.class);
            assertThat(faults.attempts("GetItem")).isEqualTo(3);
        }
    }
}
