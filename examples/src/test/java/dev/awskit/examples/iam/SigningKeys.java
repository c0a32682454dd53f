package dev.awskit.examples.iam;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Records, per operation, the access key id each signed request carried: which identity made which call. */
final class SigningKeys implements ExecutionInterceptor {
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/]+)/");
    private final Map<String, List<String>> keys = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        context.httpRequest().firstMatchingHeader("Authorization").ifPresent(header -> {
            Matcher key = CREDENTIAL.matcher(header);
            if (key.find()) {
                keys.computeIfAbsent(operation, name -> new CopyOnWriteArrayList<>()).add(key.group(1));
            }
        });
    }

    /** @return the access key ids of the operation's requests, in order */
    List<String> of(String operation) {
        return List.copyOf(keys.getOrDefault(operation, List.of()));
    }
}
