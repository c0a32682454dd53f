package dev.awskit.examples.buckets;

import dev.awskit.core.Futures;
import dev.awskit.examples.Checks;
import dev.awskit.examples.Scenario;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.s3.S3Buckets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * Seed 002, "safe Lambda deployments": with 51 buckets in the account, 9 of them starting with "a", version 1 of
 * {@code returnS3Buckets} answers 51 and version 2 answers 9; the {@code preTrafficHook} passes version 2 and would
 * have stopped version 1. Buckets the account already holds are counted first and added to what is expected, so the
 * scenario also runs against a long-running emulator or an account; the 51 buckets are deleted at the end.
 */
public final class BucketCountScenario implements Scenario {
    /** How many buckets the seed's account holds. */
    static final int BUCKETS = 51;
    /** How many of them start with "a". */
    static final int STARTING_WITH_A = 9;

    @Override
    public String name() {
        return "bucket-count";
    }

    @Override
    public String description() {
        return "returnS3Buckets v1 counts 51 buckets, v2 the 9 starting with \"a\"; preTrafficHook checks v2 (seed 002)";
    }

    @Override
    public void run(ScenarioContext ctx) {
        Outcome outcome = countBuckets(ctx);
        Checks.equal("version 1's answer", new BucketCountFunction.Response(200, outcome.before() + BUCKETS),
                outcome.version1());
        Checks.equal("version 2's answer", new BucketCountFunction.Response(200, outcome.beforeA() + STARTING_WITH_A),
                outcome.version2());
        Checks.equal("the hook on version 2", PreTrafficHook.SUCCEEDED, outcome.hookOnVersion2());
        Checks.equal("the hook on version 1", PreTrafficHook.FAILED, outcome.hookOnVersion1());
    }

    /**
     * Creates the seed's buckets, invokes both versions and the hook on each, and deletes the buckets.
     *
     * @param ctx where to run and print
     * @return what the functions and the hook answered
     */
    static Outcome countBuckets(ScenarioContext ctx) {
        try (S3AsyncClient s3 = ctx.settings().client(S3AsyncClient.builder());
                S3Buckets buckets = S3Buckets.create(s3)) {
            BucketCountFunction version1 = BucketCountFunction.version1(buckets);
            BucketCountFunction version2 = BucketCountFunction.version2(buckets);
            int before = buckets.sync().count("");
            int beforeA = buckets.sync().count("a");
            if (before > 0) {
                ctx.say("the account already holds %d bucket(s), %d starting with \"a\"; they are counted too",
                        before, beforeA);
            }
            List<String> names = seedBucketNames(ctx.uniqueName("count"));
            try {
                long start = System.nanoTime();
                Futures.join(CompletableFuture.allOf(names.stream().map(buckets::create)
                        .toArray(CompletableFuture[]::new)));
                ctx.say("created %d buckets, %d starting with \"a\" (%d ms)", BUCKETS, STARTING_WITH_A,
                        (System.nanoTime() - start) / 1_000_000);

                BucketCountFunction.Response answer1 = Futures.join(version1.invoke());
                ctx.say("version 1 (every bucket):        %s", answer1);
                BucketCountFunction.Response answer2 = Futures.join(version2.invoke());
                ctx.say("version 2 (starting with \"a\"):   %s", answer2);
                PreTrafficHook hook = new PreTrafficHook(beforeA + STARTING_WITH_A);
                String onVersion2 = Futures.join(hook.validate(version2));
                ctx.say("preTrafficHook on version 2: %s, CodeDeploy shifts traffic to it", onVersion2);
                String onVersion1 = Futures.join(hook.validate(version1));
                ctx.say("preTrafficHook on version 1: %s, it would have been rolled back", onVersion1);
                return new Outcome(before, beforeA, answer1, answer2, onVersion2, onVersion1);
            } finally {
                Futures.join(CompletableFuture.allOf(names.stream()
                        .map(name -> s3.deleteBucket(r -> r.bucket(name)).exceptionally(e -> null))
                        .toArray(CompletableFuture[]::new)));
                ctx.say("deleted the %d buckets", BUCKETS);
            }
        }
    }

    /** 9 names starting with "a" and 42 that do not, all carrying the run's unique suffix. */
    static List<String> seedBucketNames(String run) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= BUCKETS; i++) {
            names.add((i <= STARTING_WITH_A ? "archive-" : "logs-") + run + "-" + i);
        }
        return names;
    }

    /**
     * What the run saw.
     *
     * @param before buckets in the account before the run
     * @param beforeA of those, how many start with "a"
     * @param version1 version 1's answer
     * @param version2 version 2's answer
     * @param hookOnVersion2 the hook's verdict on version 2
     * @param hookOnVersion1 the hook's verdict on version 1
     */
    record Outcome(int before, int beforeA, BucketCountFunction.Response version1,
            BucketCountFunction.Response version2, String hookOnVersion2, String hookOnVersion1) {
    }
}
