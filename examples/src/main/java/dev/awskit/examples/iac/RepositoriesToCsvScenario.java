package dev.awskit.examples.iac;

import dev.awskit.core.Futures;
import dev.awskit.examples.Checks;
import dev.awskit.examples.NotifiedBucket;
import dev.awskit.examples.Scenario;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.s3.ObjectInfo;
import dev.awskit.s3.event.DrainReport;
import dev.awskit.s3.event.S3EventDrain;
import dev.awskit.s3.event.S3EventRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * Seed 004, "Infrastructure as Code": the bucket notifies its queue of new {@code .gz} objects; the function stores
 * twitter's repositories (a fixture) as a gzip-compressed CSV there; the queue is drained, the CSV read back through
 * the notification and its rows counted. A {@code .txt} object stored beside it sends no notification, and an
 * invocation without {@code org_name} is refused before any call.
 */
public final class RepositoriesToCsvScenario implements Scenario {
    /** The organisation of the seed's example invocation. */
    static final String ORGANISATION = "twitter";

    @Override
    public String name() {
        return "repos-to-gzip-csv";
    }

    @Override
    public String description() {
        return "an organisation's repositories as a gzipped CSV in S3, its .gz notification drained from SQS (seed 004)";
    }

    @Override
    public void run(ScenarioContext ctx) {
        Outcome outcome = export(ctx);
        Checks.equal("notified keys", List.of(outcome.export().key()), outcome.notifiedKeys());
        Checks.equal("rows read back (header first)", outcome.export().repositories() + 1, outcome.rows().size());
        Checks.equal("CSV header", Repository.CSV_HEADER, outcome.rows().get(0));
        Checks.equal("Content-Encoding", "gzip", outcome.stored().contentEncoding().orElse("none"));
        Checks.isTrue("the drain to be clean", outcome.report().isClean());
    }

    /**
     * Sets up the bucket and queue, invokes the function, drains the queue and reads each notified CSV.
     *
     * @param ctx where to run and print
     * @return what was stored, notified and read back
     */
    static Outcome export(ScenarioContext ctx) {
        try (S3AsyncClient s3 = ctx.settings().client(S3AsyncClient.builder());
                SqsAsyncClient sqs = ctx.settings().client(SqsAsyncClient.builder())) {
            NotifiedBucket target = NotifiedBucket.create(s3, sqs, ctx.uniqueName("tf-aws-bucket"),
                    ctx.uniqueName("tf-aws-queue"), ".gz", Map.of());
            String bucket = target.bucket().name();
            ctx.say("bucket %s notifies %s of every new .gz object", bucket, target.queueArn());

            RepositoryExportFunction function = new RepositoryExportFunction(s3, new FixtureRepositories(),
                    Clock.systemUTC());
            try {
                function.handle(Map.of(RepositoryExportFunction.TARGET_BUCKET, bucket));
                throw new IllegalStateException("an invocation without org_name was accepted");
            } catch (IllegalArgumentException e) {
                ctx.say("invocation {\"target_bucket\": \"%s\"} refused: %s", bucket, e.getMessage());
            }
            RepositoryExportFunction.Export export = Futures.join(function.handle(Map.of(
                    RepositoryExportFunction.ORG_NAME, ORGANISATION, RepositoryExportFunction.TARGET_BUCKET, bucket)));
            ctx.say("stored s3://%s/%s: %d repositories, %,d bytes of CSV as %,d bytes gzip", bucket, export.key(),
                    export.repositories(), export.csvBytes(), export.storedBytes());
            target.bucket().sync().putString("notes/README.txt", "exports of public repositories, one per run");
            ctx.say("stored s3://%s/notes/README.txt (not .gz: no notification)", bucket);

            Map<String, List<List<String>>> read = new ConcurrentHashMap<>();
            DrainReport report = S3EventDrain.builder(sqs, target.queueUrl())
                    .handler(record -> target.bucket().getString(record.key())
                            .thenAccept(csv -> read.put(record.key(), Csv.read(csv))))
                    .waitTime(Duration.ofSeconds(1))
                    .build().sync().drain();
            List<String> notified = report.processed().stream().map(S3EventRecord::key).toList();
            ctx.say("drained %d message(s) (%d S3 test event): notified of %s", report.messagesReceived(),
                    report.testEvents(), notified);
            List<List<String>> rows = read.getOrDefault(export.key(), List.of());
            ctx.say("read back %d rows after the header; most starred:", Math.max(0, rows.size() - 1));
            rows.stream().skip(1).sorted(Comparator.comparing((List<String> row) -> Integer.parseInt(row.get(5)))
                    .reversed()).limit(3).forEach(row -> ctx.say("  %-16s %-10s %6s stars", row.get(0), row.get(4),
                    row.get(5)));
            ObjectInfo stored = target.bucket().sync().head(export.key());
            return new Outcome(export, notified, rows, stored, report);
        }
    }

    /**
     * What the run saw.
     *
     * @param export what the function stored
     * @param notifiedKeys the keys whose notifications were drained, in order
     * @param rows the CSV rows read back through the notification, header first
     * @param stored the stored object's head
     * @param report the drain's report
     */
    record Outcome(RepositoryExportFunction.Export export, List<String> notifiedKeys, List<List<String>> rows,
            ObjectInfo stored, DrainReport report) {
    }
}
