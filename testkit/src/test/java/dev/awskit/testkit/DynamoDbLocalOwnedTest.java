package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.awskit.core.client.ClientSettings;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynamoDbLocalOwnedTest {

    @Test
    void start_ownInstance_servesUntilClosed() {
        URI endpoint;
        try (DynamoDbLocal own = DynamoDbLocal.start()) {
            endpoint = own.endpoint();
            try (DynamoDbClient client = own.client(DynamoDbClient.builder())) {
                Tables.create(client, "own");
                assertThat(client.listTables().tableNames()).containsExactly("own");
            }
        }

        try (DynamoDbClient closed = ClientSettings.emulator(endpoint).client(DynamoDbClient.builder())) {
            assertThat(catchThrowable(closed::listTables)).isInstanceOf(SdkClientException.class);
        }
    }
}
