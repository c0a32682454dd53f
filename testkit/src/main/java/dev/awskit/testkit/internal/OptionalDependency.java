package dev.awskit.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * An emulator library that testkit compiles against but does not bring to a consumer (an optional Maven
 * dependency), so that a test class path carries DynamoDB Local or LocalStack only where a test uses them.
 */
public enum OptionalDependency {
    /** DynamoDB Local, run in-process by {@code DynamoDbLocal}. */
    DYNAMODB_LOCAL("DynamoDB Local", "com.amazonaws.services.dynamodbv2.local.main.ServerRunner",
            "com.amazonaws", "DynamoDBLocal", "dynamodb-local.version"),
    /** localstack-utils, which starts LocalStack's container for {@code LocalStack}. */
    LOCALSTACK_UTILS("localstack-utils", "cloud.localstack.Localstack",
            "cloud.localstack", "localstack-utils", "localstack-utils.version");

    private static final String VERSIONS = "optional-dependencies.properties";

    private final String library;
    private final String probeClass;
    private final String groupId;
    private final String artifactId;
    private final String versionKey;

    OptionalDependency(String library, String probeClass, String groupId, String artifactId, String versionKey) {
        this.library = library;
        this.probeClass = probeClass;
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.versionKey = versionKey;
    }

    /** @return whether the library is on the class path */
    public boolean present() {
        try {
            Class.forName(probeClass, false, OptionalDependency.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** @return the Maven coordinates testkit is built and tested with, {@code groupId:artifactId:version} */
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + Versions.PROPERTIES.getProperty(versionKey);
    }

    /**
     * Fails unless the library is on the class path.
     *
     * @param user what needs it, named in the message, e.g. {@code "DynamoDbLocalExtension"}
     * @throws IllegalStateException naming the exact dependency to add when the library is missing
     */
    public void require(String user) {
        if (!present()) {
            throw new IllegalStateException(user + " needs " + library + ", which awskit-testkit does not bring: "
                    + "add the test dependency " + coordinates() + " (<groupId>" + groupId + "</groupId><artifactId>"
                    + artifactId + "</artifactId><scope>test</scope>; awskit-bom manages its version)");
        }
    }

    /** Loaded on first use of a version. */
    private static final class Versions {
        static final Properties PROPERTIES = load();

        private static Properties load() {
            Properties properties = new Properties();
            try (InputStream in = OptionalDependency.class.getResourceAsStream(VERSIONS)) {
                if (in == null) {
                    throw new IllegalStateException(VERSIONS + " is missing from awskit-testkit's jar");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + VERSIONS, e);
            }
            return properties;
        }
    }
}
