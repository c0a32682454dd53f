package dev.awskit.examples;

import dev.awskit.s3.S3Bucket;
import dev.awskit.s3.S3Buckets;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRule;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * What seed 004's Terraform and localstack scripts set up, in one call: an SQS queue, a bucket, and the bucket's
 * notification of every created object whose key ends with a suffix to that queue. The queue's policy lets S3 send to
 * it, which real S3 checks when the notification is configured (moto does not).
 *
 * @param bucket the bucket
 * @param queueUrl the queue's URL
 * @param queueArn the queue's ARN, the notification's destination
 */
public record NotifiedBucket(S3Bucket bucket, String queueUrl, String queueArn) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public NotifiedBucket {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(queueUrl, "queueUrl");
        Objects.requireNonNull(queueArn, "queueArn");
    }

    /**
     * Creates the queue and the bucket (in the S3 client's region, waiting until it exists) and configures the notification. Blocks: this is
     * a scenario's set-up.
     *
     * @param s3 the S3 client
     * @param sqs the SQS client
     * @param bucketName the new bucket's name
     * @param queueName the new queue's name
     * @param keySuffix only keys ending with this notify, e.g. {@code .gz}
     * @param queueAttributes the queue's attributes, e.g. {@code VisibilityTimeout}
     * @return the bucket and queue
     * @throws NullPointerException if an argument is null
     */
    public static NotifiedBucket create(S3AsyncClient s3, SqsAsyncClient sqs, String bucketName, String queueName,
            String keySuffix, Map<QueueAttributeName, String> queueAttributes) {
        Objects.requireNonNull(keySuffix, "keySuffix");
        String url = sqs.createQueue(r -> r.queueName(queueName).attributes(queueAttributes)).join().queueUrl();
        String arn = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .join().attributes().get(QueueAttributeName.QUEUE_ARN);
        sqs.setQueueAttributes(r -> r.queueUrl(url).attributes(Map.of(QueueAttributeName.POLICY, policy(arn,
                bucketName)))).join();
        S3Bucket bucket;
        try (S3Buckets buckets = S3Buckets.create(s3)) {
            bucket = buckets.sync().create(bucketName);
        }
        // moto accepts the filter rule's name in lower case only; S3 takes either.
        QueueConfiguration notify = QueueConfiguration.builder().queueArn(arn).events(Event.S3_OBJECT_CREATED)
                .filter(f -> f.key(k -> k.filterRules(FilterRule.builder().name("suffix").value(keySuffix).build())))
                .build();
        s3.putBucketNotificationConfiguration(r -> r.bucket(bucketName)
                .notificationConfiguration(n -> n.queueConfigurations(notify))).join();
        return new NotifiedBucket(bucket, url, arn);
    }

    /** Lets S3 send this bucket's notifications to the queue, as the S3 documentation's example policy does. */
    private static String policy(String queueArn, String bucketName) {
        return """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": "%s",
                  "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::%s"}}}]}""".formatted(queueArn, bucketName);
    }
}
