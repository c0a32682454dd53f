package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Without reset, state made by one test is still there for the next. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MotoExtensionWithoutResetTest {
    @RegisterExtension
    static final MotoExtension MOTO = MotoExtension.withoutReset();

    private static final String QUEUE = "kept-" + System.nanoTime();

    @Test
    @Order(1)
    void createQueue_first() {
        try (SqsClient sqs = MOTO.client(SqsClient.builder())) {
            sqs.createQueue(b -> b.queueName(QUEUE));
        }
    }

    @Test
    @Order(2)
    void listQueues_next_stillSeesQueueOfPreviousTest() {
        try (SqsClient sqs = MOTO.client(SqsClient.builder())) {
            assertThat(sqs.listQueues(b -> b.queueNamePrefix(QUEUE)).queueUrls()).hasSize(1);
        }
    }
}
