package dev.awskit.examples.tfstate;

import java.util.Objects;
import software.amazon.awssdk.regions.Region;

/**
 * Where seed 003's multi-region pipelines keep Terraform's state: in each region, a bucket
 * {@code <prefix>-<region code>-<env>} and a lock table {@code <prefix>-<region code>-lock-<env>}, the region code
 * being the seed's short form ({@code use1}, {@code euc1}, {@code apse1}).
 *
 * @param prefix the seed's {@code tf_backend_config_prefix}
 */
public record StateBackend(String prefix) {

    /**
     * Checks the prefix.
     *
     * @throws NullPointerException if {@code prefix} is null
     * @throws IllegalArgumentException if it cannot start a bucket name
     */
    public StateBackend {
        if (!Objects.requireNonNull(prefix, "prefix").matches("[a-z0-9][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("not a backend prefix: '" + prefix + "' (lower case, digits, '-')");
        }
    }

    /**
     * Returns the state bucket of an environment in a region.
     *
     * @param environment e.g. {@code dev}
     * @param region the region
     * @return e.g. {@code tfstate-apse1-dev}
     */
    public String bucket(String environment, Region region) {
        return prefix + "-" + code(region) + "-" + environment;
    }

    /**
     * Returns the lock table of an environment in a region.
     *
     * @param environment e.g. {@code dev}
     * @param region the region
     * @return e.g. {@code tfstate-apse1-lock-dev}
     */
    public String lockTable(String environment, Region region) {
        return prefix + "-" + code(region) + "-lock-" + environment;
    }

    /**
     * Returns the seed's short form of a region: its area, the initials of its direction, its number.
     *
     * @param region e.g. {@code ap-southeast-1}
     * @return e.g. {@code apse1}
     */
    static String code(Region region) {
        String[] parts = region.id().split("-");
        StringBuilder code = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length - 1; i++) {
            code.append(parts[i].replace("north", "n").replace("south", "s").replace("east", "e")
                    .replace("west", "w").replace("central", "c"));
        }
        return code.append(parts[parts.length - 1]).toString();
    }
}
