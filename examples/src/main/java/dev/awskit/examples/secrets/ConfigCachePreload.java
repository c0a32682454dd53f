package dev.awskit.examples.secrets;

import dev.awskit.core.AwsKitException;
import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.cache.RefreshingCache;
import dev.awskit.core.preload.PreloadItem;
import dev.awskit.core.preload.PreloadSource;
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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * section goes to a {@link PreloadSource}; this example registers its own until awskit-dynamodb supplies one.
 */
public final class ConfigCachePreload implements Scenario {
    private static final String TABLE = "DynamoDbTable";

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
        FaultInjector calls = FaultInjector.create();
        var settings = ctx.settings().toBuilder().addInterceptor(calls).build();
        PreloadConfig config = PreloadConfig.fromYaml(resource("config.yaml"));
        try (SsmAsyncClient ssm = settings.client(SsmAsyncClient.builder());
                SecretsManagerAsyncClient sm = settings.client(SecretsManagerAsyncClient.builder());
                DynamoDbAsyncClient dynamo = settings.client(DynamoDbAsyncClient.builder())) {
            createResources(ssm, sm, dynamo);
            calls.reset();

            try (SecretCache secrets = SecretCache.create(sm);
                    ParameterCache parameters = ParameterCache.create(ssm);
                    ItemSource items = new ItemSource(dynamo)) {
                PreloadReport report = Preloader.from(config).source(items).sync().into(secrets, parameters);
                ctx.say("preloaded: %s", report);
                if (!report.isComplete()) {
                    throw new AwsKitException("preload failed: " + report.failures().keySet());
                }
                int callsAtStart = calls.calls().values().stream().mapToInt(Integer::intValue).sum();

                String parameter = null;
                String item = null;
                int secretLength = 0;
                for (int i = 0; i < 1_000; i++) {
                    parameter = parameters.sync().get("CacheExtensions_Parameter1");
                    secretLength = parameters.sync().getSecure("/aws/reference/secretsmanager/secret_info").length();
                    item = items.cache.sync().get(Map.of("pKey", AttributeValue.fromS("pKey1"),
                            "sKey", AttributeValue.fromS("sKey1"))).get("data").s();
                }
                int warmCalls = calls.calls().values().stream().mapToInt(Integer::intValue).sum() - callsAtStart;
                ctx.say("CacheExtensions_Parameter1 = %s; secret_info = (%d bytes, not printed); %s item data = %s",
                        parameter, secretLength, TABLE, item);
                ctx.say("3,000 warm reads made %d API call(s); preload made %d", warmCalls, callsAtStart);
                if (warmCalls != 0 || !"MyParameter".equals(parameter)) {
                    throw new AwsKitException("warm reads should be served from memory, made " + warmCalls + " call(s)");
                }
            }
        }
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

    /**
     * The {@code dynamodb} section's {@link PreloadSource}, kept here until awskit-dynamodb supplies its own: the
     * application's item cache (core's engine) loaded with the items the file lists. Secrets never sees DynamoDB.
     */
    static final class ItemSource implements PreloadSource, AutoCloseable {
        private final RefreshingCache<Map<String, AttributeValue>, Map<String, AttributeValue>> cache;
        private final Map<Map<String, AttributeValue>, CachePolicy> policies = new ConcurrentHashMap<>();

        ItemSource(DynamoDbAsyncClient dynamo) {
            this.cache = RefreshingCache.<Map<String, AttributeValue>, Map<String, AttributeValue>>builder(
                            key -> dynamo.getItem(r -> r.tableName(TABLE).key(key).consistentRead(true))
                                    .thenCompose(response -> response.hasItem()
                                            ? CompletableFuture.completedFuture(response.item())
                                            : CompletableFuture.failedFuture(new AwsKitException("no item " + key))))
                    .policyFor(policies::get).name("items").build();
        }

        @Override
        public String section() {
            return "dynamodb";
        }

        @Override
        public void check(PreloadItem item) {
            if (!TABLE.equals(item.text("table"))) {
                throw new IllegalArgumentException(item + ": this example caches table " + TABLE + " only");
            }
            item.text("hashkey");
        }

        @Override
        public CompletableFuture<?> preload(PreloadItem item) {
            Map<String, AttributeValue> key = new HashMap<>();
            key.put(item.text("hashkey"), attribute(item.fields().get("hashkeyvalue")));
            if (item.fields().containsKey("sortkey")) {
                key.put(item.text("sortkey"), attribute(item.fields().get("sortkeyvalue")));
            }
            if (item.ttl() != null) {
                policies.put(key, PreloadConfig.policy(cache.policy(), item.ttl()));
            }
            return cache.get(key);
        }

        private static AttributeValue attribute(Object value) {
            return value instanceof Number ? AttributeValue.fromN(value.toString())
                    : AttributeValue.fromS(String.valueOf(value));
        }

        @Override
        public void close() {
            cache.close();
        }
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
