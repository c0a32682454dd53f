package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awskit.dynamodb.DynamoResource;
import dev.awskit.dynamodb.DynamoTable;
import dev.awskit.dynamodb.ItemKey;
import dev.awskit.dynamodb.KeySchema;
import dev.awskit.s3.PutOptions;
import dev.awskit.s3.S3Bucket;
import dev.awskit.secrets.SecretCache;
import dev.awskit.ssm.AutomationResult;
import dev.awskit.ssm.SsmAutomationHelper;
import dev.awskit.testkit.DynamoDbLocal;
import dev.awskit.testkit.LocalStack;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.SsmAutomationEmulator;
import dev.awskit.testkit.ssm.SsmEmulatorPreset;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/**
 * What a consuming application does with awskit, built by a separate Maven build against the freshly built
 * artifacts (consumer-tests): the caches and helpers against moto, testkit's extensions, and the class path the
 * consumer's POM resolves.
 */
@ExtendWith(MotoExtension.class)
class ConsumerTest {

    @Test
    void secretCache_readsAFieldOfASecretInMoto(MotoServer moto) {
        try (SecretsManagerAsyncClient sm = moto.client(SecretsManagerAsyncClient.builder());
                SecretCache secrets = SecretCache.create(sm)) {
            sm.createSecret(r -> r.name("app/db").secretString("{\"password\":\"s3cret\"}")).join();

            assertEquals("s3cret", secrets.sync().getField("app/db", "password").reveal());
        }
    }

    /** An item type of the consuming app: a record, no annotations. */
    public record Vote(String name, long votes) {
    }

    @Test
    void dynamoTable_countsVotesOnATableInMoto(MotoServer moto) {
        try (DynamoDbAsyncClient client = moto.client(DynamoDbAsyncClient.builder());
                DynamoResource dynamo = DynamoResource.create(client)) {
            dynamo.sync().createTable(t -> t.name("votes").partitionKey("name", ScalarAttributeType.S));
            DynamoTable<Vote> votes = dynamo.table("votes", Vote.class, KeySchema.of("name"));

            votes.sync().put(new Vote("tabs", 41));
            Vote after = votes.sync().update(ItemKey.of("tabs"), u -> u.increment("votes", 1));

            assertEquals(new Vote("tabs", 42), after);
            assertEquals(new Vote("tabs", 42), votes.sync().get(ItemKey.of("tabs")).orElseThrow());
        }
    }

    @Test
    void s3Bucket_storesGzippedJsonInMotoAndReadsItBack(MotoServer moto) {
        try (S3AsyncClient s3 = moto.client(S3AsyncClient.builder())) {
            s3.createBucket(r -> r.bucket("consumer-letters")).join();
            S3Bucket letters = S3Bucket.of(s3, "consumer-letters");

            letters.sync().putJson("votes/tabs.json", new Vote("tabs", 7), PutOptions.builder().gzip(true).build());

            assertEquals("gzip", letters.sync().head("votes/tabs.json").contentEncoding().orElseThrow());
            assertEquals(new Vote("tabs", 7), letters.sync().getJson("votes/tabs.json", Vote.class));
        }
    }

    @Test
    void automationHelper_runsADocumentOnTheEmulator(MotoServer moto) {
        try (SsmAutomationEmulator emulator = SsmAutomationEmulator.builder().forwardTo(moto.endpoint()).start();
                SsmAsyncClient ssm = emulator.settings().client(SsmAsyncClient.builder());
                SsmAutomationHelper automation = SsmAutomationHelper.builder(ssm)
                        .backoff(SsmEmulatorPreset.pollBackoff()).build()) {
            emulator.register(Runbook.builder("Deploy").output("version", "42").build());

            AutomationResult result = automation.sync().run(r -> r.documentName("Deploy"));

            assertEquals("Success", result.status());
            assertEquals(Map.of("version", List.of("42")), result.outputs());
        }
    }

    @Test
    void dynamoDbLocal_notAdded_failsNamingTheDependencyToAdd() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, DynamoDbLocal::shared);

        assertTrue(missing.getMessage().contains(System.getProperty("expected.dynamodb-local")), missing.getMessage());
    }

    @Test
    void localStack_notAdded_failsNamingTheDependencyToAdd() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, LocalStack::shared);

        assertTrue(missing.getMessage().contains(System.getProperty("expected.localstack-utils")),
                missing.getMessage());
    }

    /** Maven resolved one version of every SDK module: the one awskit is built with. */
    @Test
    void classPath_holdsEverySdkModuleAtTheBomsVersion() {
        Pattern sdkJar = Pattern.compile(".*/software/amazon/awssdk/([^/]+)/([^/]+)/[^/]+\\.jar");
        Map<String, String> versions = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Matcher jar = sdkJar.matcher(entry.replace(File.separatorChar, '/'));
            if (jar.matches() && versions.put(jar.group(1), jar.group(2)) != null) {
                throw new AssertionError("two jars of SDK module " + jar.group(1) + " on the class path");
            }
        }

        assertTrue(versions.keySet().containsAll(List.of("ssm", "secretsmanager", "dynamodb", "s3", "sts", "sdk-core")),
                versions.toString());
        assertEquals(Set.of(System.getProperty("expected.awssdk.version")),
                new TreeSet<>(versions.values()), versions.toString());
    }
}
