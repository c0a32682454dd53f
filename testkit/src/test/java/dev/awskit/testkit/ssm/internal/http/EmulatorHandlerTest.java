package dev.awskit.testkit.ssm.internal.http;

import dev.awskit.testkit.internal.fault.CallCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.awskit.core.client.ClientSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.InternalServerErrorException;

/** A bug inside an operation leaves as the modeled {@code InternalServerError}, never as its exception text. */
class EmulatorHandlerTest {
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void handle_whenAnOperationThrows_answersInternalServerErrorWithoutTheExceptionText() throws IOException {
        EmulatorHandler handler = new EmulatorHandler((operation, request) -> {
            throw new IllegalStateException("secret internals at line 42");
        }, Set.of("GetAutomationExecution"), new FaultPlan(), new CallCounts(), null);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());

        try (SsmClient ssm = ClientSettings.emulator(endpoint).toBuilder().retryStrategy(AwsRetryStrategy.doNotRetry())
                .build().client(SsmClient.builder())) {
            assertThatThrownBy(() -> ssm.getAutomationExecution(r -> r.automationExecutionId("x".repeat(36))))
                    .isInstanceOfSatisfying(InternalServerErrorException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(500);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalServerError");
                        assertThat(e.getMessage()).contains("request").doesNotContain("secret internals")
                                .doesNotContain("IllegalStateException");
                    });
        }
    }
}
