package dev.awskit.examples.iac;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.awskit.core.json.AwsKitJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The repositories of the organisations that have a fixture file on the class path,
 * {@code dev/awskit/examples/iac/<organisation>-repos.json}, in the shape of GitHub's {@code GET /orgs/{org}/repos}
 * (this machine has no internet). {@code twitter} has one: 30 repositories whose names are real and whose counts are
 * illustrative. Thread-safe.
 */
public final class FixtureRepositories implements RepositorySource {
    private static final Pattern ORGANISATION = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");
    private static final TypeReference<List<Repository>> LIST = new TypeReference<>() {
    };

    /**
     * Reads the fixture of {@code organisation}.
     *
     * @param organisation the organisation
     * @return its repositories; fails with {@link UnknownOrganisationException} when there is no fixture for it
     * @throws IllegalArgumentException if {@code organisation} cannot be a GitHub organisation name
     */
    @Override
    public CompletableFuture<List<Repository>> repositories(String organisation) {
        if (organisation == null || !ORGANISATION.matcher(organisation).matches()) {
            throw new IllegalArgumentException("not a GitHub organisation name: '" + organisation + "'");
        }
        try (InputStream in = FixtureRepositories.class.getResourceAsStream(organisation + "-repos.json")) {
            if (in == null) {
                return CompletableFuture.failedFuture(new UnknownOrganisationException(organisation));
            }
            return CompletableFuture.completedFuture(
                    List.copyOf(AwsKitJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), LIST)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
