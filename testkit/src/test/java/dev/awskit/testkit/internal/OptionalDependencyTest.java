package dev.awskit.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * Both libraries are on testkit's own test class path (optional dependencies are); the consumer builds of
 * consumer-tests check the failure where they are missing.
 */
class OptionalDependencyTest {

    @Test
    void coordinates_areFilledFromTheBuild() {
        assertThat(OptionalDependency.DYNAMODB_LOCAL.coordinates())
                .matches("com\\.amazonaws:DynamoDBLocal:\\d+\\.\\d+\\.\\d+");
        assertThat(OptionalDependency.LOCALSTACK_UTILS.coordinates())
                .matches("cloud\\.localstack:localstack-utils:\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void require_whenOnTheClassPath_passes() {
        assertThat(OptionalDependency.DYNAMODB_LOCAL.present()).isTrue();
        assertThat(OptionalDependency.LOCALSTACK_UTILS.present()).isTrue();
        assertThatCode(() -> OptionalDependency.DYNAMODB_LOCAL.require("DynamoDbLocalExtension")).doesNotThrowAnyException();
    }
}
