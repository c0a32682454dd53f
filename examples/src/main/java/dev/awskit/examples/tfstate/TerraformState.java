package dev.awskit.examples.tfstate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.json.AwsKitJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a Terraform state file says about itself, and the MD5 Terraform keeps of it in the lock table.
 *
 * @param serial the state's serial, raised by every apply
 * @param terraformVersion the Terraform version that wrote it
 * @param lineage the state's lineage id
 * @param resources how many resources it tracks
 * @param md5 the hex MD5 of the file's bytes
 */
public record TerraformState(long serial, String terraformVersion, String lineage, int resources, String md5) {

    /**
     * Reads a state file.
     *
     * @param bytes the file
     * @param location where it was read, for the message
     * @return what it says
     * @throws IllegalArgumentException naming {@code location} when it is not a state file
     */
    public static TerraformState parse(byte[] bytes, String location) {
        JsonNode state;
        try {
            state = AwsKitJson.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(location + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (state == null || !state.path("serial").canConvertToLong() || !state.path("lineage").isTextual()) {
            throw new IllegalArgumentException(location + " is not a Terraform state (no serial or lineage)");
        }
        return new TerraformState(state.get("serial").asLong(), state.path("terraform_version").asText("?"),
                state.get("lineage").asText(), state.path("resources").size(), md5(bytes));
    }

    /**
     * Returns the hex MD5 of some bytes, as Terraform writes it into the lock table's {@code Digest}.
     *
     * @param bytes the bytes
     * @return 32 hex digits
     */
    public static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("MD5 is missing from this JVM", e));
        }
    }
}
