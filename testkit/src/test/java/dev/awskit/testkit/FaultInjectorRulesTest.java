package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.awskit.core.client.ClientSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** Which calls a rule selects, response rewrites, and the call counts. */
@ExtendWith(MotoExtension.class)
class FaultInjectorRulesTest {
    private final FaultInjector faults = FaultInjector.create();
    private ClientSettings settings;

    @BeforeEach
    void setUp(MotoServer moto) {
        // One attempt per call: each fault shows as a failed call.
        settings = moto.settings().toBuilder().addInterceptor(faults).retryStrategy(new RecordingRetries(1).strategy).build();
        try (SsmClient ssm = moto.client(SsmClient.builder())) {
            ssm.putParameter(b -> b.name("p").value("v").type(ParameterType.STRING));
        }
    }

    @Test
    void nthCall_faultsOnlyThatCall_withModeledExceptionForCode() {
        faults.on("GetParameter").nthCall(2).serviceError(400, "ParameterNotFound");
        try (SsmClient ssm = settings.client(SsmClient.builder())) {
            List<Boolean> failed = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                failed.add(catchThrowable(() -> ssm.getParameter(b -> b.name("p"))) != null);
            }

            assertThat(failed).containsExactly(false, true, false, false);
            assertThatThrownBy(() -> {
                faults.clearRules().on("GetParameter").nthCall(1).serviceError(400, "ParameterNotFound");
                ssm.getParameter(b -> b.name("p"));
            }).isInstanceOf(ParameterNotFoundException.class);
        }
    }

    @Test
    void withProbability_sameSeed_faultsSameCalls() {
        List<Boolean> first = pattern(FaultInjector.create(), 7L);
        List<Boolean> second = pattern(FaultInjector.create(), 7L);

        assertThat(first).isEqualTo(second).contains(true, false);
    }

    private List<Boolean> pattern(FaultInjector injector, long seed) {
        injector.on("GetParameter").withProbability(0.4, seed).serverError(503);
        ClientSettings faulty = settings.toBuilder().clearInterceptors().addInterceptor(injector).build();
        List<Boolean> failed = new ArrayList<>();
        try (SsmClient ssm = faulty.client(SsmClient.builder())) {
            for (int i = 0; i < 25; i++) {
                failed.add(catchThrowable(() -> ssm.getParameter(b -> b.name("p"))) != null);
            }
        }
        assertThat(injector.calls("GetParameter")).isEqualTo(25);
        return failed;
    }

    @Test
    void rewriteResponse_movesWrittenItemsToUnprocessed_onSelectedCallOnly(MotoServer moto) {
        faults.on("BatchWriteItem").nthCall(1).rewriteResponse((request, response) ->
                ((BatchWriteItemResponse) response).toBuilder()
                        .unprocessedItems(((BatchWriteItemRequest) request).requestItems())
                        .build());
        try (DynamoDbClient ddb = settings.client(DynamoDbClient.builder())) {
            Tables.create(ddb, "t");
            Map<String, List<WriteRequest>> items = Map.of("t", List.of(WriteRequest.builder()
                    .putRequest(PutRequest.builder().item(Map.of("id", AttributeValue.fromS("a"))).build()).build()));

            BatchWriteItemResponse first = ddb.batchWriteItem(b -> b.requestItems(items));
            BatchWriteItemResponse second = ddb.batchWriteItem(b -> b.requestItems(items));

            assertThat(first.unprocessedItems()).isEqualTo(items);
            assertThat(second.unprocessedItems()).isEmpty();
            assertThat(faults.calls("BatchWriteItem")).isEqualTo(2);
            assertThat(faults.injected("BatchWriteItem")).isEqualTo(1);
        }
    }

    @Test
    void calls_countPerOperation_andResetClearsCountsButKeepsRules() {
        faults.on("GetParameter").always().latency(Duration.ofMillis(1));
        try (SsmClient ssm = settings.client(SsmClient.builder())) {
            ssm.getParameter(b -> b.name("p"));
            ssm.getParameter(b -> b.name("p"));
            ssm.describeParameters();

            assertThat(faults.calls()).isEqualTo(Map.of("DescribeParameters", 1, "GetParameter", 2));
            assertThat(faults.calls().keySet()).containsExactly("DescribeParameters", "GetParameter");
            assertThat(faults.attempts("GetParameter")).isEqualTo(2);
            faults.reset();
            ssm.getParameter(b -> b.name("p"));

            assertThat(faults.calls()).isEqualTo(Map.of("GetParameter", 1));
            assertThat(faults.injected("GetParameter")).isEqualTo(1);
            assertThat(faults.calls("PutParameter")).isZero();
        }
    }

    @Test
    void calls_fromManyConcurrentCalls_countsEveryCall() {
        faults.on("GetParameter").withProbability(0.5, 3L).latency(Duration.ofMillis(1));
        try (SsmAsyncClient ssm = settings.client(SsmAsyncClient.builder())) {
            CompletableFuture<?>[] calls = IntStream.range(0, 100)
                    .mapToObj(i -> ssm.getParameter(b -> b.name("p")))
                    .toArray(CompletableFuture[]::new);

            CompletableFuture.allOf(calls).join();

            assertThat(faults.calls("GetParameter")).isEqualTo(100);
            assertThat(faults.attempts("GetParameter")).isEqualTo(100);
            assertThat(faults.injected("GetParameter")).isBetween(1, 99);
        }
    }

    @Test
    void onAny_appliesToEveryOperation() {
        faults.onAny().always().serverError(500);
        try (SsmClient ssm = settings.client(SsmClient.builder())) {
            assertThat(catchThrowable(() -> ssm.getParameter(b -> b.name("p")))).isNotNull();
            assertThat(catchThrowable(ssm::describeParameters)).isNotNull();

            assertThat(faults.injected("GetParameter") + faults.injected("DescribeParameters")).isEqualTo(2);
        }
    }

    @Test
    void ruleArguments_invalid_areRejectedWithTheValue() {
        assertThatThrownBy(() -> faults.on(" ")).hasMessageContaining("' '");
        assertThatThrownBy(() -> faults.onAny().nthCall(0)).hasMessageContaining("0");
        assertThatThrownBy(() -> faults.onAny().withProbability(1.5, 1L)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> faults.onAny().always().serverError(404)).hasMessageContaining("404");
        assertThatThrownBy(() -> faults.onAny().always().latency(Duration.ZERO)).hasMessageContaining("PT0S");
    }
}
