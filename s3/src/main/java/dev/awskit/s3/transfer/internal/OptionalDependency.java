package dev.awskit.s3.transfer.internal;

/** Checks that an optional dependency is on the class path, with an error that names its Maven coordinates. */
public final class OptionalDependency {
    /** The class that tells whether the S3 Transfer Manager is present. */
    public static final String TRANSFER_MANAGER = "software.amazon.awssdk.transfer.s3.S3TransferManager";
    /** Its Maven coordinates. */
    public static final String TRANSFER_MANAGER_COORDINATES = "software.amazon.awssdk:s3-transfer-manager";

    private OptionalDependency() {
    }

    /**
     * Checks for a class.
     *
     * @param className the class that must be present
     * @param coordinates the artifact that holds it
     * @param feature what needs it
     * @throws IllegalStateException naming the coordinates when the class is missing
     */
    public static void require(String className, String coordinates, String feature) {
        try {
            Class.forName(className, false, OptionalDependency.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(feature + " needs " + coordinates + " on the class path (an optional "
                    + "dependency of awskit-s3): add it, at the version of your AWS SDK BOM", e);
        }
    }
}
