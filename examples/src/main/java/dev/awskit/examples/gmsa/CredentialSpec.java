package dev.awskit.examples.gmsa;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.core.AwsKitException;
import dev.awskit.core.SecretValue;
import dev.awskit.secrets.CachedSecret;
import dev.awskit.secrets.SecretCache;
import dev.awskit.secrets.SecretVersion;
import java.util.List;

/**
 * Builds the credential spec of a gMSA for a domainless (ECS-style) host: the seed's {@code DomainJoinConfig} and
 * {@code ActiveDirectoryConfig}, plus the {@code HostAccountConfig} that tells credentials-fetcher which Secrets
 * Manager secret holds the domain user it signs in with. The secret is checked first through a {@link SecretCache}
 * (it exists, and has non-blank {@code username}, {@code password} and {@code domainName}); only its ARN is written.
 */
public final class CredentialSpec {
    /** The fields the domainless user's secret must hold. */
    public static final List<String> SECRET_FIELDS = List.of("username", "password", "domainName");
    /** The credentials-fetcher plug-in that reads a Secrets Manager credential. */
    static final String SECRETS_MANAGER_PLUGIN = "{859E1386-BDB4-49E8-85C7-3070B13920E1}";

    private CredentialSpec() {
    }

    /**
     * Checks the user's secret and builds the spec.
     *
     * @param account the gMSA and its domain
     * @param secrets the cache the secret is read through
     * @param secretId the secret's name or ARN
     * @return the spec, as JSON text; holds the secret's ARN, never its values
     * @throws AwsKitException naming the secret and the missing field (never a value) when a field is missing or
     *     blank, or when the secret cannot be read
     */
    public static String build(GmsaAccount account, SecretCache secrets, String secretId) {
        for (String field : SECRET_FIELDS) {
            SecretValue value = secrets.sync().getField(secretId, field);
            if (value.reveal().isBlank()) {
                throw new AwsKitException("secret " + secretId + ": field '" + field + "' is blank");
            }
        }
        CachedSecret secret = secrets.sync().getSecret(secretId, SecretVersion.current());
        return json(account, secret.arn());
    }

    static String json(GmsaAccount account, String credentialArn) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode spec = f.objectNode();
        spec.putArray("CmsPlugins").add("ActiveDirectory");
        ObjectNode domain = spec.putObject("DomainJoinConfig");
        domain.put("Sid", account.sid()).put("MachineAccountName", account.accountName()).put("Guid", account.guid())
                .put("DnsTreeName", account.dnsName()).put("DnsName", account.dnsName())
                .put("NetBiosName", account.netBiosName());
        ObjectNode directory = spec.putObject("ActiveDirectoryConfig");
        ArrayNode accounts = directory.putArray("GroupManagedServiceAccounts");
        accounts.addObject().put("Name", account.accountName()).put("Scope", account.dnsName());
        accounts.addObject().put("Name", account.accountName()).put("Scope", account.netBiosName());
        ObjectNode host = directory.putObject("HostAccountConfig");
        host.put("PortableCcgVersion", "1").put("PluginGUID", SECRETS_MANAGER_PLUGIN);
        host.putObject("PluginInput").put("CredentialArn", credentialArn);
        return spec.toPrettyString();
    }
}
