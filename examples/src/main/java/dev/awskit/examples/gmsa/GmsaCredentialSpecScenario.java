package dev.awskit.examples.gmsa;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.AwsKitException;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.examples.Checks;
import dev.awskit.examples.Scenario;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.secrets.SecretCache;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;

/**
 * Seed 000, "credentials-fetcher for gMSA on Linux": the credential spec of the seed's {@code gmsamachines} account
 * for a domainless host, whose domain user lives in a Secrets Manager secret. The secret is checked through
 * {@link SecretCache}; the spec carries its ARN only. A secret without a password is refused, naming the field.
 */
public final class GmsaCredentialSpecScenario implements Scenario {
    /** The seed's account and domain ({@code AddKerberosLease} call). */
    static final GmsaAccount SEED_ACCOUNT = new GmsaAccount("gmsamachines", "corp.example.com", "DEMOCORP",
            "S-1-5-21-1445507628-2856671781-3529916291", "af602f85-d754-4eea-9fa8-fd76810485f1");

    @Override
    public String name() {
        return "gmsa-credspec";
    }

    @Override
    public String description() {
        return "gMSA credential spec whose domainless user is a Secrets Manager secret, ARN only (seed 000)";
    }

    @Override
    public void run(ScenarioContext ctx) {
        String secretName = ctx.uniqueName("gmsa/domainless-user");
        String incomplete = ctx.uniqueName("gmsa/incomplete-user");
        try (SecretsManagerAsyncClient sm = ctx.settings().client(SecretsManagerAsyncClient.builder());
                SecretCache secrets = SecretCache.create(sm)) {
            String arn = sm.createSecret(r -> r.name(secretName).secretString(
                    "{\"username\":\"svc-gmsa\",\"password\":\"Gm5a-P4ss!\",\"domainName\":\"corp.example.com\"}"))
                    .join().arn();
            sm.createSecret(r -> r.name(incomplete)
                    .secretString("{\"username\":\"svc-gmsa\",\"domainName\":\"corp.example.com\"}")).join();
            ctx.say("secret %s holds the domainless user (username, password, domainName)", secretName);

            String spec = CredentialSpec.build(SEED_ACCOUNT, secrets, secretName);
            JsonNode tree = AwsKitJson.read(spec, JsonNode.class);
            ctx.say("credential spec for %s:", SEED_ACCOUNT.accountName());
            spec.lines().forEach(line -> ctx.say("  %s", line));
            Checks.equal("CredentialArn", arn,
                    tree.at("/ActiveDirectoryConfig/HostAccountConfig/PluginInput/CredentialArn").asText());
            Checks.equal("MachineAccountName", "gmsamachines", tree.at("/DomainJoinConfig/MachineAccountName").asText());
            Checks.isTrue("the spec to hold no secret value", !spec.contains("Gm5a-P4ss!") && !spec.contains("svc-gmsa"));

            try {
                CredentialSpec.build(SEED_ACCOUNT, secrets, incomplete);
                throw new AssertionError("a secret without a password was accepted");
            } catch (AwsKitException e) {
                ctx.say("refused %s: %s", incomplete, e.getMessage());
                Checks.isTrue("the refusal to name the missing field", e.getMessage().contains("'password'"));
            }
        }
    }
}
