package dev.awskit.examples.tfstate;

import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * What was found for one release tag.
 *
 * @param tag the tag
 * @param region the region read
 * @param bucket the state bucket
 * @param state the state file, or empty when it is missing
 * @param missing why the state is missing (no such object, no such bucket), or empty
 * @param lockTableFound whether the environment's lock table exists in the region
 * @param lock the lock held on the state, or empty when none is
 * @param digest the MD5 the lock table keeps of the state, or empty when it keeps none
 */
public record StateReport(ReleaseTag tag, Region region, String bucket, Optional<TerraformState> state,
        Optional<String> missing, boolean lockTableFound, Optional<StateLock> lock, Optional<String> digest) {

    /** @return whether the lock table's digest is the state file's MD5 (false when either is missing) */
    public boolean digestMatches() {
        return state.isPresent() && digest.isPresent() && digest.get().equals(state.get().md5());
    }

    /** @return a short word on the state: its serial, or why it is missing */
    public String stateText() {
        return state.map(s -> "serial " + s.serial() + ", " + s.resources() + " resources, tf " + s.terraformVersion())
                .orElse("MISSING (" + missing.orElse("?") + ")");
    }

    /** @return who holds the lock, or {@code unlocked} */
    public String lockText() {
        if (!lockTableFound) {
            return "no lock table";
        }
        return lock.map(l -> "locked by " + l.who() + " (" + l.operation() + ")").orElse("unlocked");
    }

    /** @return whether the digest matches, differs or is absent */
    public String digestText() {
        if (digest.isEmpty()) {
            return "no digest";
        }
        return digestMatches() ? "digest ok" : "digest differs";
    }
}
