package dev.awskit.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.awskit.core.cache.CachePolicy;
import dev.awskit.secrets.internal.PreloadParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What to load into the caches at start, read from a YAML or JSON file like the Lambda cache extension's
 * {@code config.yaml}:
 *
 * <pre>
 * ttl: 5m                         # default TTL of the entries below (30s, 5m, 1h30m or ISO-8601)
 * secrets:                        # "secretsManager" works too
 *   - id: prod/db
 *     ttl: 30m
 *   - names: [secret_info]        # the extension's list form
 * parameters:
 *   - name: CacheExtensions_Parameter1
 *   - name: /aws/reference/secretsmanager/secret_info   # decrypted by default
 *   - name: /app/api-key
 *     decrypt: true
 *   - path: /app/config/          # recursive, one entry
 * dynamodb:
 *   - table: DynamoDbTable
 *     key: {pKey: pKey1, sKey: sKey1}   # or hashkey/hashkeyvalue/sortkey/sortkeyvalue
 * </pre>
 *
 * <p>{@code region} fields are accepted and ignored: the caches use the clients they are given. A secret
 * entry may set {@code stage} or {@code versionId}. An entry's TTL becomes its cache policy through
 * {@link #policy(CachePolicy, Duration)}; apply them with {@link #configure(SecretCache.Builder, CachePolicy)}
 * and {@link #configure(ParameterCache.Builder, CachePolicy)} before building the caches. Immutable.
 */
public final class PreloadConfig {
    private final Duration ttl;
    private final List<PreloadEntry> entries;

    /**
     * Creates a configuration.
     *
     * @param ttl the default TTL, or null for the caches' policies
     * @param entries what to load
     */
    public PreloadConfig(Duration ttl, List<PreloadEntry> entries) {
        this.ttl = ttl;
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads a file: YAML when its name ends in {@code .yaml} or {@code .yml}, JSON otherwise.
     *
     * @param file the file
     * @return the configuration
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if the content is not a valid configuration (the message names where)
     */
    public static PreloadConfig read(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try {
            String text = Files.readString(file);
            return name.endsWith(".yaml") || name.endsWith(".yml") ? fromYaml(text) : fromJson(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read preload configuration " + file, e);
        }
    }

    /**
     * Parses YAML text.
     *
     * @param yaml the text
     * @return the configuration
     * @throws IllegalArgumentException if the text is not a valid configuration
     */
    public static PreloadConfig fromYaml(String yaml) {
        return parse(new YAMLMapper(), yaml);
    }

    /**
     * Parses JSON text.
     *
     * @param json the text
     * @return the configuration
     * @throws IllegalArgumentException if the text is not a valid configuration
     */
    public static PreloadConfig fromJson(String json) {
        return parse(new ObjectMapper(), json);
    }

    private static PreloadConfig parse(ObjectMapper mapper, String text) {
        Objects.requireNonNull(text, "text");
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("preload configuration is not valid: " + e.getOriginalMessage(), e);
        }
        PreloadParser.Parsed parsed = PreloadParser.parse(root);
        return new PreloadConfig(parsed.ttl(), parsed.entries());
    }

    /** @return the default TTL, or null */
    public Duration ttl() {
        return ttl;
    }

    /** @return every entry, in file order */
    public List<PreloadEntry> entries() {
        return entries;
    }

    /**
     * Returns the entries of one kind.
     *
     * @param kind the kind
     * @return those entries, in file order
     */
    public List<PreloadEntry> entries(PreloadEntry.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /**
     * Returns an entry's TTL, falling back to the file's default.
     *
     * @param entry an entry
     * @return the TTL, or null when neither is set
     */
    public Duration ttlOf(PreloadEntry entry) {
        return entry.ttl() != null ? entry.ttl() : ttl;
    }

    /**
     * Turns a TTL into a policy: soft TTL {@code ttl} (refresh after it), hard TTL three times that, the
     * maximum staleness of {@code base} or the hard TTL if longer; the rest from {@code base}.
     *
     * @param base the cache's policy
     * @param ttl the entry's TTL
     * @return the entry's policy
     */
    public static CachePolicy policy(CachePolicy base, Duration ttl) {
        Duration hard = ttl.multipliedBy(3);
        Duration stale = base.maxStaleness().compareTo(hard) < 0 ? hard : base.maxStaleness();
        return base.toBuilder().softTtl(ttl).hardTtl(hard).maxStaleness(stale).build();
    }

    /**
     * Gives each secret entry with a TTL its policy in {@code builder}.
     *
     * @param builder the secret cache's builder
     * @param base the policy the cache is built with
     * @return {@code builder}
     */
    public SecretCache.Builder configure(SecretCache.Builder builder, CachePolicy base) {
        for (PreloadEntry entry : entries(PreloadEntry.Kind.SECRET)) {
            if (ttlOf(entry) != null) {
                builder.policy(entry.name(), policy(base, ttlOf(entry)));
            }
        }
        return builder.policy(base);
    }

    /**
     * Gives each parameter or path entry with a TTL its policy in {@code builder}.
     *
     * @param builder the parameter cache's builder
     * @param base the policy the cache is built with
     * @return {@code builder}
     */
    public ParameterCache.Builder configure(ParameterCache.Builder builder, CachePolicy base) {
        for (PreloadEntry entry : entries) {
            boolean parameter = entry.kind() == PreloadEntry.Kind.PARAMETER
                    || entry.kind() == PreloadEntry.Kind.PARAMETER_PATH;
            if (parameter && ttlOf(entry) != null) {
                builder.policy(entry.name(), policy(base, ttlOf(entry)));
            }
        }
        return builder.policy(base);
    }

    @Override
    public String toString() {
        return "PreloadConfig[ttl=" + ttl + ", entries=" + entries + "]";
    }
}
