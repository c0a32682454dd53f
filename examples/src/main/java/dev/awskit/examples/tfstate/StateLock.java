package dev.awskit.examples.tfstate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.json.AwsKitJson;
import java.io.IOException;

/**
 * A held Terraform state lock: the {@code Info} of the lock table's {@code <bucket>/<key>} item.
 *
 * @param who who holds it, e.g. {@code codebuild@ip-10-0-1-17}
 * @param operation e.g. {@code OperationTypeApply}
 * @param created when it was taken
 */
public record StateLock(String who, String operation, String created) {

    /**
     * Reads a lock's {@code Info} JSON; what cannot be read stays {@code ?}.
     *
     * @param info the JSON Terraform wrote
     * @return the lock
     */
    public static StateLock parse(String info) {
        JsonNode node;
        try {
            node = info == null ? null : AwsKitJson.mapper().readTree(info);
        } catch (IOException e) {
            node = null;
        }
        if (node == null) {
            return new StateLock("?", "?", "?");
        }
        return new StateLock(node.path("Who").asText("?"), node.path("Operation").asText("?"),
                node.path("Created").asText("?"));
    }
}
