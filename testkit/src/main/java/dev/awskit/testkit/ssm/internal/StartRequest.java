package dev.awskit.testkit.ssm.internal;

import java.util.List;
import java.util.Map;

/**
 * A validated start: the version resolved to a number, the parameters with the runbook's defaults added.
 *
 * @param documentVersion the version run, e.g. {@code 1}
 * @param parameters the parameters, defaults included
 * @param interactive whether steps wait for {@code StartStep} or {@code Resume}
 * @param tags the tags given at start
 */
record StartRequest(String documentVersion, Map<String, List<String>> parameters, boolean interactive,
        Map<String, String> tags) {

    StartRequest {
        parameters = Map.copyOf(parameters);
        tags = Map.copyOf(tags);
    }
}
