package dev.awskit.examples.iam;

import dev.awskit.core.Futures;
import dev.awskit.core.client.CallerIdentity;
import dev.awskit.core.client.ClientSettings;
import dev.awskit.examples.Checks;
import dev.awskit.examples.Scenario;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.s3.S3Bucket;
import dev.awskit.s3.S3Buckets;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * Seed 004, "Identity &amp; Access Management": the Lambda starts with a read-only identity, reads the seed's file
 * ({@code {"field1": true, "field2": 1.4107917E7}}), then assumes {@code S3-RW-Role} (session {@code lambda}) through
 * {@link ClientSettings.Builder#assumeRole} and writes a new file with the role's credentials. The caller identity is
 * printed before and after.
 *
 * <p>moto does not enforce IAM policies unless told to, so the base identity's write would succeed there instead of
 * failing with {@code AccessDenied} as in the seed; the scenario says so instead of faking the refusal. Against an
 * account ({@code --region}/{@code --profile}), the role {@code S3-RW-Role} must exist in the caller's account and
 * trust the caller.
 */
public final class AssumeRoleWriteScenario implements Scenario {
    /** The seed's read-write role. */
    static final String ROLE_NAME = "S3-RW-Role";
    /** The session name the seed's output shows. */
    static final String SESSION_NAME = "lambda";
    /** The file the bucket holds before the Lambda runs. */
    static final String SAMPLE_KEY = "data/sample.json";
    /** The file the Lambda writes with the role. */
    static final String WRITTEN_KEY = "data/written-by-role.json";

    @Override
    public String name() {
        return "assume-role-write";
    }

    @Override
    public String description() {
        return "read with the base identity, assume S3-RW-Role through STS, write; identities printed (seed 004)";
    }

    @Override
    public void run(ScenarioContext ctx) {
        Outcome outcome = readThenWrite(ctx);
        Checks.equal("the role's ARN", "arn:aws:sts::" + outcome.base().account() + ":assumed-role/" + ROLE_NAME + "/"
                + SESSION_NAME, outcome.role().arn());
        Checks.isTrue("the identity to change", !outcome.base().arn().equals(outcome.role().arn()));
        Checks.equal("the sample read with the base identity", Map.of("field1", true, "field2", 1.4107917E7),
                outcome.sample());
        Checks.equal("the file written with the role, read back", Map.of("writtenBy", outcome.role().arn()),
                outcome.written());
    }

    /**
     * Reads with the base identity, assumes the role, writes with it and reads the write back.
     *
     * @param ctx where to run and print
     * @return the identities and what was read
     */
    static Outcome readThenWrite(ScenarioContext ctx) {
        ClientSettings base = ctx.settings();
        try (S3AsyncClient s3 = base.client(S3AsyncClient.builder());
                S3Buckets buckets = S3Buckets.create(s3)) {
            S3Bucket bucket = buckets.sync().create(ctx.uniqueName("my-bucket"));
            bucket.sync().putString(SAMPLE_KEY, "{\"field1\": true, \"field2\": 1.4107917E7}");
            ctx.say("set-up: s3://%s/%s, as the seed's Terraform leaves it", bucket.name(), SAMPLE_KEY);

            CallerIdentity baseIdentity = Futures.join(base.callerIdentity());
            ctx.say("=== Checking IAM Identity ===");
            ctx.say("ARN: %s", baseIdentity.arn());
            ctx.say("=== Testing Read access to S3 file in bucket ===");
            Map<?, ?> sample = bucket.sync().getJson(SAMPLE_KEY, Map.class);
            ctx.say("%s", sample);
            ctx.say("=== Testing Write access to S3 bucket ===");
            if (base.endpointOverride() != null) {
                ctx.say("not attempted: the emulator at %s does not enforce IAM policies, so this write would succeed "
                        + "instead of failing with AccessDenied as in the seed", base.endpointOverride());
            } else {
                ctx.say("not attempted with the base identity: the write is the role's job");
            }

            String roleArn = "arn:aws:iam::" + baseIdentity.account() + ":role/" + ROLE_NAME;
            ClientSettings role = base.toBuilder()
                    .assumeRole(r -> r.roleArn(roleArn).sessionName(SESSION_NAME)).build();
            CallerIdentity roleIdentity = Futures.join(role.callerIdentity());
            ctx.say("=== Assumed New IAM Identity ===");
            ctx.say("ARN: %s", roleIdentity.arn());
            ctx.say("=== Testing Write access to S3 bucket (using new role) ===");
            try (S3AsyncClient roleS3 = role.client(S3AsyncClient.builder())) {
                S3Bucket.of(roleS3, bucket.name()).sync().putJson(WRITTEN_KEY, Map.of("writtenBy", roleIdentity.arn()));
            }
            ctx.say("... file was written successfully! (s3://%s/%s)", bucket.name(), WRITTEN_KEY);
            Map<?, ?> written = bucket.sync().getJson(WRITTEN_KEY, Map.class);
            return new Outcome(baseIdentity, roleIdentity, sample, written);
        }
    }

    /**
     * What the run saw.
     *
     * @param base who the base identity is
     * @param role who the assumed role's session is
     * @param sample the sample file, read with the base identity
     * @param written the file the role wrote, read back with the base identity
     */
    record Outcome(CallerIdentity base, CallerIdentity role, Map<?, ?> sample, Map<?, ?> written) {
    }
}
