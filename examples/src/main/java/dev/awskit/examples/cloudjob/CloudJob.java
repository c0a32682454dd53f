package dev.awskit.examples.cloudjob;

import dev.awskit.s3.S3Bucket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * Seed 004's dummy job: each run uploads {@code jobs/<job name>.json}, a {@link JobMetadata} file with random numbers
 * (images, files, duration), to the bucket. The random source is given, so a seeded run is repeatable. Not
 * thread-safe (the random source is shared).
 */
public final class CloudJob {
    private final S3Bucket bucket;
    private final Random random;

    /**
     * Creates the job.
     *
     * @param bucket where it uploads its metadata
     * @param random where its numbers come from
     * @throws NullPointerException if an argument is null
     */
    public CloudJob(S3Bucket bucket, Random random) {
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Runs the job once and uploads its metadata.
     *
     * @param jobName the run's name, e.g. {@code train-1}
     * @return what was uploaded
     * @throws InvalidPayloadException if {@code jobName} cannot be a job name
     */
    public CompletableFuture<JobMetadata> run(String jobName) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("images", (double) (1_000 + random.nextInt(49_000)));
        values.put("files", (double) (1 + random.nextInt(500)));
        values.put("duration_seconds", Math.round(random.nextDouble() * 3_600 * 10) / 10.0);
        JobMetadata metadata = new JobMetadata(jobName, random.nextInt(10) < 8 ? "success" : "failure", values);
        return bucket.putString(key(jobName), metadata.toJson()).thenApply(put -> metadata);
    }

    /**
     * Returns where a run's metadata goes.
     *
     * @param jobName the run's name
     * @return {@code jobs/<job name>.json}
     */
    public static String key(String jobName) {
        return "jobs/" + jobName + ".json";
    }
}
