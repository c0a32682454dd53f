package dev.awskit.testkit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.json.AwsKitJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.SsmException;

/** Contract: bodies that are not the operation's JSON, and unknown operations, answer modeled 400s. */
@ExtendWith(SsmAutomationEmulatorExtension.class)
class SsmContractErrorsTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void bodyThatIsNotJson_answersSerializationException(URI endpoint) throws Exception {
        HttpResponse<String> answer = post(endpoint, "GetAutomationExecution", "{not json");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(type(answer)).isEqualTo("SerializationException");
    }

    @Test
    void memberOfTheWrongJsonType_answersSerializationException(URI endpoint) throws Exception {
        HttpResponse<String> answer = post(endpoint, "DescribeAutomationExecutions", "{\"MaxResults\": \"five\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(type(answer)).isEqualTo("SerializationException");
        assertThat(answer.body()).contains("maxResults");
    }

    @Test
    void missingRequiredMember_answersValidationExceptionNamingIt(URI endpoint) throws Exception {
        HttpResponse<String> answer = post(endpoint, "GetAutomationExecution", "{}");

        assertThat(type(answer)).isEqualTo("ValidationException");
        assertThat(answer.body()).contains("'automationExecutionId' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void unknownOperationWithoutForwarding_answersUnknownOperation(SsmClient ssm) {
        assertThatThrownBy(() -> ssm.getParameter(r -> r.name("x")))
                .isInstanceOfSatisfying(SsmException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
                });
    }

    private HttpResponse<String> post(URI endpoint, String operation, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AmazonSSM." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String type(HttpResponse<String> answer) {
        return AwsKitJson.read(answer.body(), JsonNode.class).path("__type").asText();
    }
}
