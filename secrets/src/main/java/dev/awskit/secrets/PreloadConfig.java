package dev.awskit.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.preload.PreloadItem;
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
 *   - name: /app/api-key:3        # a version (or name:label)
 *     decrypt: true
 *   - path: /app/config/          # recursive, one entry
 * orders:                         # any other section: items for the PreloadSource registered for it
 *   - table: Orders
 *     key: {id: 42}
 * </pre>
 *
 * <p>This module reads the {@code secrets}, {@code secretsManager} and {@code parameters} sections itself
 * ({@link #entries()}); every item of any other section is a {@link PreloadItem} ({@link #items()}) that
 * {@link Preloader} hands to the {@link dev.awskit.core.preload.PreloadSource} registered for its section, or
 * reports as failed when none is. {@code region} fields are accepted and ignored: the caches use the clients
 * they are given. A secret entry may set {@code stage} or {@code versionId}. Immutable; parsing loads the YAML
 * reader only when a YAML file is read.
 */
public final class PreloadConfig {
    private final Duration ttl;
    private final List<PreloadEntry> entries;
    private final List<PreloadItem> items;

    /**
     * Creates a configuration.
     *
     * @param ttl the default TTL, or null for the caches' policies
     * @param entries the secrets and parameters to load
     * @param items the items of other sections
     * @throws NullPointerException if a list is null
     */
    public PreloadConfig(Duration ttl, List<PreloadEntry> entries, List<PreloadItem> items) {
        this.ttl = ttl;
        this.entries = List.copyOf(entries);
        this.items = List.copyOf(items);
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
        return new PreloadConfig(parsed.ttl(), parsed.entries(), parsed.items());
    }

    /** @return the default TTL, or null */
    public Duration ttl() {
        return ttl;
    }

    /** @return the secrets, parameters and paths to load, in file order */
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

    /** @return the items of every section this module does not read itself, in file order */
    public List<PreloadItem> items() {
        return items;
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
     * Returns an item with its TTL falling back to the file's default.
     *
     * @param item an item of this configuration
     * @return the item as a source should load it
     */
    public PreloadItem withDefaultTtl(PreloadItem item) {
        return item.ttl() != null || ttl == null ? item
                : new PreloadItem(item.section(), item.index(), item.fields(), ttl);
    }

    /**
     * Turns a TTL into a policy: soft TTL {@code ttl} (refresh after it), hard TTL three times that, the maximum
     * staleness of {@code base} or the hard TTL if longer; the rest from {@code base}. What the preloader gives
     * each entry with a TTL; a {@link dev.awskit.core.preload.PreloadSource} may use it for its items.
     *
     * @param base the cache's policy
     * @param ttl the entry's TTL
     * @return the entry's policy
     * @throws NullPointerException if an argument is null
     */
    public static CachePolicy policy(CachePolicy base, Duration ttl) {
        Duration hard = ttl.multipliedBy(3);
        Duration stale = base.maxStaleness().compareTo(hard) < 0 ? hard : base.maxStaleness();
        return base.toBuilder().softTtl(ttl).hardTtl(hard).maxStaleness(stale).build();
    }

    @Override
    public String toString() {
        return "PreloadConfig[ttl=" + ttl + ", entries=" + entries + ", items=" + items + "]";
    }
}
