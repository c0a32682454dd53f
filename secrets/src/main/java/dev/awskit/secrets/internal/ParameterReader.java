package dev.awskit.secrets.internal;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import dev.awskit.core.TransientErrors;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.secrets.Parameter;
import dev.awskit.secrets.ParameterStoreException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathRequest;
import software.amazon.awssdk.services.ssm.model.GetParametersRequest;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/**
 * The one reader of Parameter Store that {@code ParameterStore} and {@code ParameterCache} share, so an uncached
 * and a cached read fail the same way: with a {@link ParameterStoreException} naming the parameter, whose cause
 * is the SDK's error. Logs names, never values.
 */
public final class ParameterReader {
    /** Parameter Store's limit of names per {@code GetParameters} call. */
    public static final int BATCH_SIZE = 10;
    private static final String REFERENCE = "/aws/reference/secretsmanager/";
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.secrets");

    private final SsmBackend client;

    /**
     * Creates the reader.
     *
     * @param client the calls to make
     */
    public ParameterReader(SsmBackend client) {
        this.client = client;
    }

    /**
     * Reads one parameter with {@code GetParameter}.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @param decrypt whether to decrypt a SecureString
     * @return the parameter, or a {@link ParameterStoreException}
     */
    public CompletableFuture<Parameter> get(String name, boolean decrypt) {
        LOG.debug("GetParameter {}", name);
        return named(client.getParameter(GetParameterRequest.builder().name(name).withDecryption(decrypt).build()),
                name, "read").thenApply(response -> toParameter(response.parameter()));
    }

    /**
     * Reads every parameter under a path with {@code GetParametersByPath}, following every page.
     *
     * @param path the path
     * @param recursive whether to descend below the first level
     * @param decrypt whether to decrypt SecureStrings
     * @return the parameters by full name, in the order returned
     */
    public CompletableFuture<Map<String, Parameter>> getByPath(String path, boolean recursive, boolean decrypt) {
        return page(path, recursive, decrypt, null, new LinkedHashMap<>()).thenApply(Collections::unmodifiableMap);
    }

    private CompletableFuture<Map<String, Parameter>> page(String path, boolean recursive, boolean decrypt,
            String token, Map<String, Parameter> found) {
        LOG.debug("GetParametersByPath {}", path);
        return named(client.getParametersByPath(GetParametersByPathRequest.builder().path(path).recursive(recursive)
                .withDecryption(decrypt).nextToken(token).build()), path, "read path").thenCompose(response -> {
                    response.parameters().forEach(p -> found.put(p.name(), toParameter(p)));
                    String next = response.nextToken();
                    return next == null || next.isEmpty() ? CompletableFuture.completedFuture(found)
                            : page(path, recursive, decrypt, next, found);
                });
    }

    /**
     * Reads several parameters with {@code GetParameters}, {@value #BATCH_SIZE} names per call; names Parameter
     * Store reports invalid fail one by one (a {@link ParameterStoreException} with a
     * {@code ParameterNotFoundException} cause), a failed call fails its names.
     *
     * @param names the names, with any selectors
     * @param decrypt whether to decrypt SecureStrings
     * @return the parameters found and the failure per name
     */
    public CompletableFuture<BatchResult<String, Parameter>> getAll(List<String> names, boolean decrypt) {
        List<CompletableFuture<BatchResult<String, Parameter>>> chunks = new ArrayList<>();
        for (int from = 0; from < names.size(); from += BATCH_SIZE) {
            chunks.add(chunk(names.subList(from, Math.min(names.size(), from + BATCH_SIZE)), decrypt));
        }
        return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new)).handle((ignored, failure) -> {
            Map<String, Parameter> values = new LinkedHashMap<>();
            Map<String, Throwable> failures = new LinkedHashMap<>();
            for (CompletableFuture<BatchResult<String, Parameter>> chunk : chunks) {
                BatchResult<String, Parameter> result = chunk.join();
                values.putAll(result.values());
                failures.putAll(result.failures());
            }
            return new BatchResult<>(values, failures);
        });
    }

    private CompletableFuture<BatchResult<String, Parameter>> chunk(List<String> names, boolean decrypt) {
        List<String> asked = List.copyOf(names);
        LOG.debug("GetParameters {}", asked);
        return client.getParameters(GetParametersRequest.builder().names(asked).withDecryption(decrypt).build())
                .handle((response, error) -> {
                    Map<String, Parameter> values = new LinkedHashMap<>();
                    Map<String, Throwable> failures = new LinkedHashMap<>();
                    for (String name : asked) {
                        if (error != null) {
                            failures.put(name, failure("read", name, Futures.unwrap(error)));
                            continue;
                        }
                        response.parameters().stream().filter(p -> matches(name, p)).findFirst()
                                .ifPresent(p -> values.put(name, toParameter(p)));
                        if (!values.containsKey(name)) {
                            failures.put(name, failure("read", name, notFound(name)));
                        }
                    }
                    return new BatchResult<>(values, failures);
                });
    }

    private static ParameterNotFoundException notFound(String name) {
        return ParameterNotFoundException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ParameterNotFound").serviceName("SSM")
                        .errorMessage("GetParameters reported " + name + " invalid").build())
                .message("GetParameters reported " + name + " invalid").build();
    }

    private static boolean matches(String asked, software.amazon.awssdk.services.ssm.model.Parameter p) {
        String selected = p.selector() == null ? null : p.name() + p.selector();
        // A Secrets Manager reference may come back under the secret's own name.
        String reference = asked.startsWith(REFERENCE) ? asked.substring(REFERENCE.length()) : null;
        return asked.equals(p.name()) || asked.equals(selected) || asked.equals(p.arn())
                || (reference != null && reference.equals(p.name()));
    }

    /**
     * Names the parameter in a failure of {@code call}.
     *
     * @param call the SDK call
     * @param name the parameter or path
     * @param action what was done, for the message
     * @param <T> the response type
     * @return the call's outcome, failed with a {@link ParameterStoreException}
     */
    public static <T> CompletableFuture<T> named(CompletableFuture<T> call, String name, String action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        call.whenComplete((value, error) -> {
            if (error == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(failure(action, name, Futures.unwrap(error)));
            }
        });
        return result;
    }

    /**
     * Builds the failure of one call about {@code name}.
     *
     * @param action what was done, for example {@code read} or {@code write}
     * @param name the parameter or path
     * @param cause the SDK's error
     * @return the exception
     */
    public static ParameterStoreException failure(String action, String name, Throwable cause) {
        String code = TransientErrors.errorCode(cause);
        return new ParameterStoreException("Parameter Store " + action + " of " + name + " failed: "
                + (code != null ? code : cause.getClass().getSimpleName()), cause, name);
    }

    /**
     * Converts the SDK's parameter; the value is held as a {@link SecretValue} whatever the type.
     *
     * @param p the SDK's parameter
     * @return the parameter
     */
    public static Parameter toParameter(software.amazon.awssdk.services.ssm.model.Parameter p) {
        return new Parameter(p.name(), p.type(), p.version() == null ? 0 : p.version(), p.lastModifiedDate(),
                SecretValue.of(p.value() == null ? "" : p.value()));
    }
}
