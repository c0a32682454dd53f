package dev.awskit.examples.iac;

import dev.awskit.s3.S3Bucket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * Seed 004's Lambda function of "Infrastructure as Code": called with {@code {"org_name": "twitter", "target_bucket":
 * "..."}}, it lists the organisation's public repositories and stores them as one gzip-compressed CSV,
 * {@code <org_name>/repositories-<UTC time>.csv.gz}, in the target bucket ({@code Content-Encoding: gzip}, so
 * {@link S3Bucket#getString} reads the CSV back). The bucket's {@code .gz} notification then reaches the queue.
 * Thread-safe; the client stays the caller's.
 */
public final class RepositoryExportFunction {
    /** The event key naming the organisation. */
    public static final String ORG_NAME = "org_name";
    /** The event key naming the bucket. */
    public static final String TARGET_BUCKET = "target_bucket";

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryExportFunction.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final S3AsyncClient s3;
    private final RepositorySource source;
    private final Clock clock;

    /**
     * Creates the function.
     *
     * @param s3 the client the CSV is stored with
     * @param source where repositories come from
     * @param clock names the file by its time
     * @throws NullPointerException if an argument is null
     */
    public RepositoryExportFunction(S3AsyncClient s3, RepositorySource source, Clock clock) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Handles one invocation.
     *
     * @param event the invocation's JSON as a map; needs {@value #ORG_NAME} and {@value #TARGET_BUCKET}
     * @return what was stored; fails with {@link UnknownOrganisationException} or an S3 failure
     * @throws IllegalArgumentException naming the missing key, or the bad organisation or bucket name, before any call
     */
    public CompletableFuture<Export> handle(Map<String, ?> event) {
        Objects.requireNonNull(event, "event");
        for (String key : List.of(ORG_NAME, TARGET_BUCKET)) {
            if (!(event.get(key) instanceof String value) || value.isBlank()) {
                throw new IllegalArgumentException("Missing '" + key + "' from request body (JSON)!");
            }
        }
        String organisation = (String) event.get(ORG_NAME);
        S3Bucket bucket = S3Bucket.of(s3, (String) event.get(TARGET_BUCKET));
        String key = organisation + "/repositories-" + STAMP.format(clock.instant()) + ".csv.gz";
        return source.repositories(organisation).thenCompose(repositories -> {
            List<List<String>> rows = new ArrayList<>();
            rows.add(Repository.CSV_HEADER);
            repositories.forEach(repository -> rows.add(repository.csvFields()));
            String csv = Csv.write(rows);
            LOG.debug("storing {} repositories of {} in s3://{}/{}", repositories.size(), organisation, bucket.name(),
                    key);
            return bucket.putString(key, csv, o -> o.contentType("text/csv").gzip(true))
                    .thenApply(put -> new Export(bucket.name(), key, repositories.size(),
                            csv.getBytes(StandardCharsets.UTF_8).length, put.size()));
        });
    }

    /**
     * What one invocation stored.
     *
     * @param bucket the bucket
     * @param key the CSV's key
     * @param repositories how many repositories (rows after the header)
     * @param csvBytes the CSV's size
     * @param storedBytes the compressed size stored
     */
    public record Export(String bucket, String key, int repositories, long csvBytes, long storedBytes) {
    }
}
