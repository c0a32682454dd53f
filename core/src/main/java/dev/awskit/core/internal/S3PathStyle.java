package dev.awskit.core.internal;

/**
 * Sets path-style addressing on S3 client builders without making the S3 SDK module a hard dependency of
 * core: the S3 types are touched only when they are on the class path.
 */
public final class S3PathStyle {
    private static final boolean S3_PRESENT = isPresent("software.amazon.awssdk.services.s3.S3BaseClientBuilder");

    private S3PathStyle() {
    }

    /**
     * Forces path style if {@code builder} is an S3 client builder; otherwise does nothing.
     *
     * @param builder any SDK client builder
     */
    public static void applyIfS3(Object builder) {
        if (S3_PRESENT) {
            S3Builders.forcePathStyle(builder);
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, S3PathStyle.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Loaded only when the S3 module is present. */
    private static final class S3Builders {
        static void forcePathStyle(Object builder) {
            if (builder instanceof software.amazon.awssdk.services.s3.S3BaseClientBuilder<?, ?> s3) {
                s3.forcePathStyle(true);
            }
        }
    }
}
