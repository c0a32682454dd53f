package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The extension registered as a field; both tests create the same secret, which works only after a reset. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MotoExtensionRegisteredTest {
    @RegisterExtension
    static final MotoExtension MOTO = new MotoExtension();

    @Test
    @Order(1)
    void createSecret_first_succeeds() {
        assertThat(createSameSecret()).isNotBlank();
    }

    @Test
    @Order(2)
    void createSecret_again_succeedsBecauseMotoWasResetBetweenTests() {
        assertThat(createSameSecret()).isNotBlank();
    }

    private static String createSameSecret() {
        try (SecretsManagerClient secrets = MOTO.client(SecretsManagerClient.builder())) {
            return secrets.createSecret(b -> b.name("same-name").secretString("x")).arn();
        }
    }
}
