package dev.awskit.examples.iac;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where an organisation's public repositories come from: GitHub's API in the seed, a fixture file here. */
@FunctionalInterface
public interface RepositorySource {
    /**
     * Lists an organisation's public repositories.
     *
     * @param organisation the organisation, e.g. {@code twitter}
     * @return its repositories; fails with {@link UnknownOrganisationException} when there is no such organisation
     */
    CompletableFuture<List<Repository>> repositories(String organisation);
}
