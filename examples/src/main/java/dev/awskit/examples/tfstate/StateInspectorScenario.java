package dev.awskit.examples.tfstate;

import dev.awskit.core.Futures;
import dev.awskit.core.client.CallerIdentity;
import dev.awskit.core.client.ClientSettings;
import dev.awskit.examples.Checks;
import dev.awskit.examples.Scenario;
import dev.awskit.examples.ScenarioContext;
import java.util.List;
import software.amazon.awssdk.regions.Region;

/**
 * Seed 003, "multi-region Terraform deployments": release tags ({@code dev_us-east-1/research/1.0},
 * {@code dev_eu-central-1/research/1.0}, {@code dev_ap-southeast-1/risk/1.0}, {@code dev_global/research/1.0}) are
 * parsed into environment, region, team and version; the deploy role is assumed once through
 * {@link ClientSettings.Builder#assumeRole}; then each tag's state object and lock items are read in its own region,
 * all regions at once ({@link StateInspector}), and printed as a table. The eu-central-1 state was never applied, so
 * it is reported missing; ap-southeast-1's is locked by a running apply.
 */
public final class StateInspectorScenario implements Scenario {
    /** The seed's tags, as a release would push them. */
    static final List<String> TAGS = List.of("dev_us-east-1/research/1.0", "dev_eu-central-1/research/1.0",
            "dev_ap-southeast-1/risk/1.0", "dev_global/research/1.0");
    /** The region of account-wide state. */
    static final Region HOME = Region.US_EAST_1;
    /** Who holds ap-southeast-1's lock. */
    static final String LOCK_HOLDER = "codebuild@ip-10-0-1-17";
    private static final String DEPLOY_ROLE = "terraform-deploy";

    @Override
    public String name() {
        return "tfstate-inspector";
    }

    @Override
    public String description() {
        return "release tags -> Terraform state and lock per region, read at once with an assumed role (seed 003)";
    }

    @Override
    public void run(ScenarioContext ctx) {
        List<StateReport> reports = inspect(ctx);
        Checks.equal("reports", TAGS.size(), reports.size());
        Checks.equal("us-east-1's state serial", 7L, reports.get(0).state().map(TerraformState::serial).orElse(null));
        Checks.isTrue("eu-central-1's state reported missing", reports.get(1).state().isEmpty()
                && reports.get(1).missing().orElse("").startsWith("no object"));
        Checks.equal("ap-southeast-1's lock holder", LOCK_HOLDER,
                reports.get(2).lock().map(StateLock::who).orElse(null));
        Checks.isTrue("the digests of every state found to match", reports.stream()
                .filter(report -> report.state().isPresent()).allMatch(StateReport::digestMatches));
    }

    /**
     * Sets the seed's backends up with the base identity, then inspects {@link #TAGS} with the deploy role.
     *
     * @param ctx where to run and print
     * @return the reports, in the tags' order
     */
    static List<StateReport> inspect(ScenarioContext ctx) {
        List<ReleaseTag> tags = TAGS.stream().map(ReleaseTag::parse).toList();
        tags.forEach(tag -> ctx.say("%s -> env %s, %s, team %s, version %s, key %s", tag, tag.environment(),
                tag.region().map(Region::id).orElse("global (" + HOME + ")"), tag.team(), tag.version(),
                tag.stateKey()));
        StateBackend backend = new StateBackend(ctx.uniqueName("tfstate"));
        ClientSettings base = ctx.settings();
        try (StateFixture fixture = new StateFixture(base, backend, "dev")) {
            fixture.createBackends(List.of(Region.US_EAST_1, Region.EU_CENTRAL_1, Region.AP_SOUTHEAST_1));
            fixture.putState(tags.get(0), Region.US_EAST_1, state(7, "vpc", "alb"));
            fixture.putState(tags.get(2), Region.AP_SOUTHEAST_1, state(3, "vpc", "alb", "target_group"));
            fixture.lock(tags.get(2), Region.AP_SOUTHEAST_1, LOCK_HOLDER);
            fixture.putState(tags.get(3), HOME, state(2, "iam_role"));
            ctx.say("set-up (base identity): a state bucket and a lock table per region (e.g. %s, %s); "
                    + "nothing applied in eu-central-1; an apply running in ap-southeast-1",
                    backend.bucket("dev", Region.AP_SOUTHEAST_1), backend.lockTable("dev", Region.AP_SOUTHEAST_1));

            String account = Futures.join(base.callerIdentity()).account();
            ClientSettings deploy = base.toBuilder().assumeRole(r -> r
                    .roleArn("arn:aws:iam::" + account + ":role/" + DEPLOY_ROLE).sessionName("state-inspector")).build();
            CallerIdentity identity = Futures.join(deploy.callerIdentity());
            ctx.say("reading as %s", identity.arn());
            try (StateInspector inspector = new StateInspector(deploy, backend, HOME)) {
                List<StateReport> reports = Futures.join(inspector.inspect(tags));
                StateTable.lines(reports).forEach(line -> ctx.say("%s", line));
                return reports;
            }
        }
    }

    private static String state(int serial, String... resources) {
        StringBuilder json = new StringBuilder("{\"version\":4,\"terraform_version\":\"1.5.7\",\"serial\":")
                .append(serial).append(",\"lineage\":\"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\",\"outputs\":{},")
                .append("\"resources\":[");
        for (int i = 0; i < resources.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"mode\":\"managed\",\"type\":\"aws_").append(resources[i])
                    .append("\",\"name\":\"main\",\"instances\":[]}");
        }
        return json.append("]}").toString();
    }
}
