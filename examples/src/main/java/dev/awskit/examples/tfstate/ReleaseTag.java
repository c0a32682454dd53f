package dev.awskit.examples.tfstate;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.regions.Region;

/**
 * A release tag of seed 003's infrastructure repository: {@code <env>_<region>/<team>/<version>} for a regional
 * deployment ({@code dev_ap-southeast-1/risk/1.0}) or {@code <env>_global/<team>/<version>} for account-wide
 * resources ({@code dev_global/research/1.0}).
 *
 * @param environment e.g. {@code dev}
 * @param scope a region id, or {@code global}
 * @param team e.g. {@code risk}
 * @param version e.g. {@code 1.0}
 */
public record ReleaseTag(String environment, String scope, String team, String version) {
    /** The scope of account-wide resources. */
    public static final String GLOBAL = "global";
    private static final Pattern TAG = Pattern.compile(
            "(?<env>[a-z][a-z0-9]*)_(?<scope>global|[a-z]{2}(?:-[a-z]+)+-\\d+)/(?<team>[a-z][a-z0-9-]*)"
                    + "/(?<version>\\d+(?:\\.\\d+)*)");

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public ReleaseTag {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(version, "version");
    }

    /**
     * Parses a tag.
     *
     * @param tag e.g. {@code dev_ap-southeast-1/risk/1.0}
     * @return its parts
     * @throws IllegalArgumentException naming the tag when it is not {@code <env>_<region|global>/<team>/<version>}
     * @throws NullPointerException if {@code tag} is null
     */
    public static ReleaseTag parse(String tag) {
        Matcher parts = TAG.matcher(Objects.requireNonNull(tag, "tag"));
        if (!parts.matches()) {
            throw new IllegalArgumentException("not a release tag: '" + tag
                    + "' (expected <env>_<region>/<team>/<version> or <env>_global/<team>/<version>, "
                    + "e.g. dev_ap-southeast-1/risk/1.0)");
        }
        return new ReleaseTag(parts.group("env"), parts.group("scope"), parts.group("team"), parts.group("version"));
    }

    /** @return the tag's region, or empty for a {@code global} tag */
    public Optional<Region> region() {
        return GLOBAL.equals(scope) ? Optional.empty() : Optional.of(Region.of(scope));
    }

    /** @return the state object's key, {@code <team>/<env>-<scope>/terraform.tfstate} (the seed's backend key) */
    public String stateKey() {
        return team + "/" + environment + "-" + scope + "/terraform.tfstate";
    }

    @Override
    public String toString() {
        return environment + "_" + scope + "/" + team + "/" + version;
    }
}
