package dev.awskit.examples.iac;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One public repository, as GitHub's {@code GET /orgs/{org}/repos} lists it (the fields the CSV keeps).
 *
 * @param name the repository's name, e.g. {@code finagle}
 * @param fullName {@code org/name}
 * @param htmlUrl its web page
 * @param description its description; empty when it has none
 * @param language its main language; empty when GitHub names none
 * @param stars how many stars it has
 * @param forks how many forks it has
 * @param archived whether it is archived
 * @param createdAt when it was created, ISO-8601
 */
public record Repository(
        @JsonProperty("name") String name,
        @JsonProperty("full_name") String fullName,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("description") String description,
        @JsonProperty("language") String language,
        @JsonProperty("stargazers_count") int stars,
        @JsonProperty("forks_count") int forks,
        @JsonProperty("archived") boolean archived,
        @JsonProperty("created_at") String createdAt) {

    /** The CSV header, in the order of {@link #csvFields()}. */
    public static final List<String> CSV_HEADER = List.of("name", "full_name", "html_url", "description", "language",
            "stargazers_count", "forks_count", "archived", "created_at");

    /**
     * Checks the name and turns a missing description or language (JSON {@code null}) into an empty string.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public Repository {
        Objects.requireNonNull(name, "name");
        fullName = Objects.requireNonNullElse(fullName, "");
        htmlUrl = Objects.requireNonNullElse(htmlUrl, "");
        description = Objects.requireNonNullElse(description, "");
        language = Objects.requireNonNullElse(language, "");
        createdAt = Objects.requireNonNullElse(createdAt, "");
    }

    /** @return the fields of one CSV row, in the order of {@link #CSV_HEADER} */
    public List<String> csvFields() {
        return List.of(name, fullName, htmlUrl, description, language, Integer.toString(stars),
                Integer.toString(forks), Boolean.toString(archived), createdAt);
    }
}
