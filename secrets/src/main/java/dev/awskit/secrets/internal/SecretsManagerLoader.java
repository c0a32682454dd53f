package dev.awskit.secrets.internal;

import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.secrets.CachedSecret;
import dev.awskit.secrets.SecretVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.secretsmanager.model.APIErrorType;
import software.amazon.awssdk.services.secretsmanager.model.BatchGetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.BatchGetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretValueEntry;
import software.amazon.awssdk.services.secretsmanager.model.DecryptionFailureException;
import software.amazon.awssdk.services.secretsmanager.model.InternalServiceErrorException;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Reads secrets with {@code GetSecretValue} and {@code BatchGetSecretValue} only (no {@code DescribeSecret}).
 * Logs identifiers, never values.
 */
public final class SecretsManagerLoader {
    /** Secrets Manager's limit of ids per {@code BatchGetSecretValue} call. */
    public static final int BATCH_SIZE = 20;
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.secrets");

    private final SecretsBackend client;

    /**
     * Creates the loader.
     *
     * @param client the calls to make
     */
    public SecretsManagerLoader(SecretsBackend client) {
        this.client = client;
    }

    /**
     * Reads one version of one secret.
     *
     * @param key the id and version
     * @return the secret
     */
    public CompletableFuture<CachedSecret> load(SecretKey key) {
        SecretVersion version = key.version();
        LOG.debug("GetSecretValue {}", key);
        return client.getSecretValue(GetSecretValueRequest.builder().secretId(key.secretId())
                .versionStage(version.stage()).versionId(version.versionId()).build())
                .thenApply(SecretsManagerLoader::toSecret);
    }

    /**
     * Reads the current version of several secrets, {@value #BATCH_SIZE} per call.
     *
     * @param keys keys with the {@code AWSCURRENT} version
     * @return the secrets found and the failure per key
     */
    public CompletableFuture<BatchResult<SecretKey, CachedSecret>> loadAll(Set<SecretKey> keys) {
        List<SecretKey> all = new ArrayList<>(keys);
        List<CompletableFuture<BatchResult<SecretKey, CachedSecret>>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH_SIZE) {
            chunks.add(loadChunk(all.subList(from, Math.min(all.size(), from + BATCH_SIZE)), null,
                    new LinkedHashMap<>(), new LinkedHashMap<>()));
        }
        return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            Map<SecretKey, CachedSecret> values = new LinkedHashMap<>();
            Map<SecretKey, Throwable> failures = new LinkedHashMap<>();
            for (CompletableFuture<BatchResult<SecretKey, CachedSecret>> chunk : chunks) {
                values.putAll(chunk.join().values());
                failures.putAll(chunk.join().failures());
            }
            return new BatchResult<>(values, failures);
        });
    }

    private CompletableFuture<BatchResult<SecretKey, CachedSecret>> loadChunk(List<SecretKey> chunk, String token,
            Map<SecretKey, CachedSecret> values, Map<SecretKey, Throwable> failures) {
        List<String> ids = chunk.stream().map(SecretKey::secretId).toList();
        LOG.debug("BatchGetSecretValue {}", ids);
        return client.batchGetSecretValue(BatchGetSecretValueRequest.builder().secretIdList(ids).nextToken(token)
                .build()).thenCompose(response -> {
            collect(chunk, response, values, failures);
            if (response.nextToken() != null && !response.nextToken().isEmpty()) {
                return loadChunk(chunk, response.nextToken(), values, failures);
            }
            return CompletableFuture.completedFuture(new BatchResult<>(values, failures));
        });
    }

    private static void collect(List<SecretKey> chunk, BatchGetSecretValueResponse response,
            Map<SecretKey, CachedSecret> values, Map<SecretKey, Throwable> failures) {
        for (SecretValueEntry entry : response.secretValues()) {
            for (SecretKey key : chunk) {
                if (matches(key.secretId(), entry.name(), entry.arn())) {
                    values.put(key, toSecret(entry));
                }
            }
        }
        for (APIErrorType error : response.errors()) {
            for (SecretKey key : chunk) {
                if (key.secretId().equals(error.secretId())) {
                    failures.put(key, batchError(error, key));
                }
            }
        }
    }

    private static SecretsManagerException batchError(APIErrorType error, SecretKey key) {
        String code = error.errorCode() == null ? "Unknown" : error.errorCode();
        SecretsManagerException.Builder builder = switch (code) {
            case "ResourceNotFoundException" -> ResourceNotFoundException.builder();
            case "DecryptionFailure" -> DecryptionFailureException.builder();
            case "InternalServiceError" -> InternalServiceErrorException.builder();
            case "InvalidRequestException" -> InvalidRequestException.builder();
            case "InvalidParameterException" -> InvalidParameterException.builder();
            default -> SecretsManagerException.builder();
        };
        int status = code.equals("InternalServiceError") ? 500 : 400;
        return (SecretsManagerException) builder.statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).serviceName("SecretsManager")
                        .errorMessage(error.message()).build())
                .message(code + " for " + key.secretId()).build();
    }

    private static boolean matches(String id, String name, String arn) {
        return id.equals(name) || id.equals(arn) || (arn != null && id.startsWith("arn:") && arn.startsWith(id));
    }

    private static CachedSecret toSecret(GetSecretValueResponse r) {
        return new CachedSecret(r.name(), r.arn(), r.versionId(), r.versionStages(), r.createdDate(),
                value(r.secretString(), r.secretBinary() == null ? null : r.secretBinary().asByteArray()));
    }

    private static CachedSecret toSecret(SecretValueEntry e) {
        return new CachedSecret(e.name(), e.arn(), e.versionId(), e.versionStages(), e.createdDate(),
                value(e.secretString(), e.secretBinary() == null ? null : e.secretBinary().asByteArray()));
    }

    private static SecretValue value(String text, byte[] binary) {
        if (text != null) {
            return SecretValue.of(text);
        }
        if (binary != null) {
            return SecretValue.ofBytes(binary);
        }
        throw new IllegalStateException("the secret version holds neither a string nor binary");
    }
}
