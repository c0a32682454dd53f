package dev.awskit.benchmarks.s3;

import dev.awskit.testkit.MotoServer;
import java.net.URI;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;

/**
 * The moto server the S3 benchmarks run against: the one at {@code MOTO_ENDPOINT}, else a {@code moto_server} process
 * of their own, stopped by {@link #close()}.
 */
final class S3Moto implements AutoCloseable {
    final MotoServer server;

    S3Moto() {
        String endpoint = System.getenv(MotoServer.ENDPOINT_VARIABLE);
        this.server = endpoint == null || endpoint.isBlank() ? MotoServer.start() : MotoServer.connect(URI.create(endpoint));
    }

    /** An async client on Netty, configured as awskit's emulator preset (path style, no Expect: 100-continue). */
    S3AsyncClient client() {
        return server.client(S3AsyncClient.builder());
    }

    /** The same, configured further (multipart). */
    S3AsyncClient client(S3AsyncClientBuilder builder) {
        return server.settings().applyTo(builder).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
