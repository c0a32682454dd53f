package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Runs where a Docker engine answers; reported as skipped elsewhere. */
@ExtendWith(LocalStackExtension.class)
class LocalStackExtensionTest {

    @Test
    void sqs_sendThenReceive_onLocalStack(LocalStack localStack) {
        try (SqsClient sqs = localStack.client(SqsClient.builder())) {
            String url = sqs.createQueue(b -> b.queueName("awskit-localstack-" + System.nanoTime())).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("hello"));

            var messages = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(5)).messages();

            assertThat(messages).extracting(m -> m.body()).containsExactly("hello");
        }
    }
}
