package dev.awskit.examples.secrets;

import dev.awskit.core.AwsKitException;
import dev.awskit.dynamodb.DynamoResource;
import dev.awskit.dynamodb.PreloadedItems;
import dev.awskit.examples.Checks;
import dev.awskit.examples.Scenario;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.secrets.ParameterCache;
import dev.awskit.secrets.PreloadConfig;
import dev.awskit.secrets.PreloadReport;
import dev.awskit.secrets.Preloader;
import dev.awskit.secrets.SecretCache;
import dev.awskit.testkit.FaultInjector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * Seed 001, "Caching data and configuration with Lambda extensions": the cache extension's
 * {@code config.yaml} lists a Parameter Store parameter ({@code CacheExtensions_Parameter1}), a secret read
 * through its Parameter Store reference ({@code /aws/reference/secretsmanager/secret_info}) and a DynamoDB item
 * ({@code DynamoDbTable}, {@code pKey1}/{@code sKey1}). awskit preloads them in-process at start, reports per
 * entry in one line ({@code Preloader.from(config).source(items).sync().into(secrets, parameters)}), and then
 * serves every read from memory: the scenario counts the API calls of 1,000 warm reads. The {@code dynamodb}
 * section goes to awskit-dynamodb's {@link PreloadedItems}, which serves the item by the extension's name
 * {@code DynamoDbTable-pKey1-sKey1}.
 */
public final class ConfigCachePreload implements Scenario {
    private static final String TABLE = "DynamoDbTable";
    /** The item's name in the cache extension: table, partition value, sort value. */
    static final String ITEM = "DynamoDbTable-pKey1-sKey1";

    @Override
    public String name() {
        return "config-cache-preload";
    }

    @Override
    public String description() {
        return "config.yaml preload of a parameter, a secret reference and a DynamoDB item; warm reads (seed 001)";
    }

    @Override
    public void run(ScenarioContext ctx) throws IOException {
        Outcome outcome = preloadAndRead(ctx);
        if (!outcome.report().isComplete()) {
            throw new AwsKitException("preload failed: " + outcome.report().failures().keySet());
        }
        Checks.equal("CacheExtensions_Parameter1", "MyParameter", outcome.parameter());
        Checks.equal("the item's data", "Sample item data", outcome.item());
        Checks.equal("API calls of the warm reads", 0, outcome.warmCalls());
    }

    /**
     * Creates the file's parameter, secret and item, preloads them and reads each 1,000 times, counting API calls.
     *
     * @param ctx where to run and print
     * @return what was read and how many calls it took
     * @throws IOException if the bundled {@code config.yaml} cannot be read
     */
    static Outcome preloadAndRead(ScenarioContext ctx) throws IOException {
        FaultInjector calls = FaultInjector.create();
        var settings = ctx.settings().toBuilder().addInterceptor(calls).build();
        PreloadConfig config = PreloadConfig.fromYaml(resource("config.yaml"));
        try (SsmAsyncClient ssm = settings.client(SsmAsyncClient.builder());
                SecretsManagerAsyncClient sm = settings.client(SecretsManagerAsyncClient.builder());
                DynamoDbAsyncClient dynamoClient = settings.client(DynamoDbAsyncClient.builder());
                DynamoResource dynamo = DynamoResource.create(dynamoClient)) {
            createResources(ssm, sm, dynamoClient);
            calls.reset();

            try (SecretCache secrets = SecretCache.create(sm);
                    ParameterCache parameters = ParameterCache.create(ssm);
                    PreloadedItems items = PreloadedItems.create(dynamo)) {
                PreloadReport report = Preloader.from(config).source(items).sync().into(secrets, parameters);
                ctx.say("preloaded: %s", report);
                int callsAtStart = total(calls);

                String parameter = null;
                Object item = null;
                int secretLength = 0;
                for (int i = 0; i < 1_000; i++) {
                    parameter = parameters.sync().get("CacheExtensions_Parameter1");
                    secretLength = parameters.sync().getSecure("/aws/reference/secretsmanager/secret_info").length();
                    item = items.sync().get(ITEM).map(found -> found.get("data")).orElse(null);
                }
                int warmCalls = total(calls) - callsAtStart;
                ctx.say("CacheExtensions_Parameter1 = %s; secret_info = (%d bytes, not printed); %s data = %s",
                        parameter, secretLength, ITEM, item);
                ctx.say("3,000 warm reads made %d API call(s); preload made %d (%s)", warmCalls, callsAtStart,
                        calls.calls());
                return new Outcome(report, parameter, String.valueOf(item), warmCalls, calls.calls());
            }
        }
    }

    private static int total(FaultInjector calls) {
        return calls.calls().values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * What the run read.
     *
     * @param report the preload's report
     * @param parameter the parameter's value
     * @param item the item's {@code data}
     * @param warmCalls the API calls of the 3,000 warm reads
     * @param preloadCalls the API calls of the preload, by operation
     */
    record Outcome(PreloadReport report, String parameter, String item, int warmCalls,
            Map<String, Integer> preloadCalls) {
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static void createResources(SsmAsyncClient ssm, SecretsManagerAsyncClient sm, DynamoDbAsyncClient dynamo) {
        ssm.putParameter(r -> r.name("CacheExtensions_Parameter1").value("MyParameter")
                .type(ParameterType.STRING).overwrite(true)).join();
        sm.createSecret(r -> r.name("secret_info").secretString("MySecret")).exceptionally(e -> null).join();
        dynamo.createTable(r -> r.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("pKey"), attribute("sKey"))
                .keySchema(KeySchemaElement.builder().attributeName("pKey").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sKey").keyType(KeyType.RANGE).build()))
                .exceptionally(e -> null).join();
        dynamo.putItem(r -> r.tableName(TABLE).item(Map.of("pKey", AttributeValue.fromS("pKey1"),
                "sKey", AttributeValue.fromS("sKey1"), "data", AttributeValue.fromS("Sample item data")))).join();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConfigCachePreload.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
