package dev.awskit.secrets.internal;

import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.secrets.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/** Reads parameters with {@code GetParameter}, {@code GetParameters} and {@code GetParametersByPath}. */
public final class SsmLoader {
    /** Parameter Store's limit of names per {@code GetParameters} call. */
    public static final int BATCH_SIZE = 10;
    private static final String REFERENCE = "/aws/reference/secretsmanager/";
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.secrets");

    private final SsmAsyncClient client;

    /**
     * Creates the loader.
     *
     * @param client the client to call
     */
    public SsmLoader(SsmAsyncClient client) {
        this.client = client;
    }

    /**
     * Reads one parameter.
     *
     * @param key the name and decryption flag
     * @return the parameter
     */
    public CompletableFuture<Parameter> load(ParameterKey key) {
        LOG.debug("GetParameter {}", key);
        return client.getParameter(b -> b.name(key.name()).withDecryption(key.decrypt()))
                .thenApply(response -> toParameter(response.parameter()));
    }

    /**
     * Reads every parameter under a path, recursively, following pages.
     *
     * @param key the path and decryption flag
     * @return the parameters by full name, in the order returned
     */
    public CompletableFuture<Map<String, Parameter>> loadPath(ParameterKey key) {
        return loadPage(key, null, new LinkedHashMap<>()).thenApply(Collections::unmodifiableMap);
    }

    private CompletableFuture<Map<String, Parameter>> loadPage(ParameterKey key, String token,
            Map<String, Parameter> found) {
        LOG.debug("GetParametersByPath {}", key);
        return client.getParametersByPath(b -> b.path(key.name()).recursive(true).withDecryption(key.decrypt())
                .nextToken(token)).thenCompose(response -> {
                    response.parameters().forEach(p -> found.put(p.name(), toParameter(p)));
                    if (response.nextToken() == null || response.nextToken().isEmpty()) {
                        return CompletableFuture.completedFuture(found);
                    }
                    return loadPage(key, response.nextToken(), found);
                });
    }

    /**
     * Reads several parameters, {@value #BATCH_SIZE} names per call; invalid names fail one by one.
     *
     * @param keys the keys, all with the same decryption flag
     * @return the parameters found and a failure per invalid name
     */
    public CompletableFuture<BatchResult<ParameterKey, Parameter>> loadAll(Set<ParameterKey> keys) {
        List<ParameterKey> all = new ArrayList<>(keys);
        List<CompletableFuture<BatchResult<ParameterKey, Parameter>>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH_SIZE) {
            chunks.add(loadChunk(all.subList(from, Math.min(all.size(), from + BATCH_SIZE))));
        }
        return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            Map<ParameterKey, Parameter> values = new LinkedHashMap<>();
            Map<ParameterKey, Throwable> failures = new LinkedHashMap<>();
            chunks.forEach(chunk -> {
                values.putAll(chunk.join().values());
                failures.putAll(chunk.join().failures());
            });
            return new BatchResult<>(values, failures);
        });
    }

    private CompletableFuture<BatchResult<ParameterKey, Parameter>> loadChunk(List<ParameterKey> chunk) {
        List<String> names = chunk.stream().map(ParameterKey::name).toList();
        boolean decrypt = chunk.get(0).decrypt();
        LOG.debug("GetParameters {}", names);
        return client.getParameters(b -> b.names(names).withDecryption(decrypt)).thenApply(response -> {
            Map<ParameterKey, Parameter> values = new LinkedHashMap<>();
            Map<ParameterKey, Throwable> failures = new LinkedHashMap<>();
            for (ParameterKey key : chunk) {
                String plain = key.name();
                response.parameters().stream().filter(p -> matches(plain, p)).findFirst()
                        .ifPresent(p -> values.put(key, toParameter(p)));
                if (!values.containsKey(key) && response.invalidParameters().contains(plain)) {
                    failures.put(key, ParameterNotFoundException.builder().statusCode(400)
                            .awsErrorDetails(AwsErrorDetails.builder().errorCode("ParameterNotFound")
                                    .serviceName("SSM").build())
                            .message("invalid parameter " + plain).build());
                }
            }
            return new BatchResult<>(values, failures);
        });
    }

    private static boolean matches(String asked, software.amazon.awssdk.services.ssm.model.Parameter p) {
        String selected = p.selector() == null ? null : p.name() + p.selector();
        // A Secrets Manager reference may come back under the secret's own name.
        String reference = asked.startsWith(REFERENCE) ? asked.substring(REFERENCE.length()) : null;
        return asked.equals(p.name()) || asked.equals(selected) || asked.equals(p.arn())
                || (reference != null && reference.equals(p.name()));
    }

    private static Parameter toParameter(software.amazon.awssdk.services.ssm.model.Parameter p) {
        return new Parameter(p.name(), p.type(), p.version() == null ? 0 : p.version(), p.lastModifiedDate(),
                SecretValue.of(p.value() == null ? "" : p.value()));
    }
}
