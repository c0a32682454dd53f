package dev.awskit.s3.transfer.internal;

import software.amazon.awssdk.services.s3.S3AsyncClient;

/** Creates the Transfer Manager engine once the optional dependency was found. */
public final class Engines {
    private Engines() {
    }

    /**
     * Creates the engine.
     *
     * @param client the caller's client
     * @return the engine
     * @throws IllegalStateException naming {@code software.amazon.awssdk:s3-transfer-manager} when it is missing
     */
    public static TransferEngine transferManager(S3AsyncClient client) {
        OptionalDependency.require(OptionalDependency.TRANSFER_MANAGER, OptionalDependency.TRANSFER_MANAGER_COORDINATES,
                "S3Transfers");
        return new TransferManagerEngine(client);
    }
}
