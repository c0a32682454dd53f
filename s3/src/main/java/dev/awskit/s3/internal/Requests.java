package dev.awskit.s3.internal;

import dev.awskit.s3.PutOptions;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** Applies {@link PutOptions} (content type, encoding, metadata) to the SDK requests that store an object. */
public final class Requests {
    /** The content type of bytes, streams and files when none is given. */
    public static final String OCTETS = "application/octet-stream";

    private Requests() {
    }

    /**
     * Fills a {@code PutObject} request.
     *
     * @param r the request builder
     * @param options the options
     * @param defaultType the content type when the options set none
     * @return {@code r}
     */
    public static PutObjectRequest.Builder put(PutObjectRequest.Builder r, PutOptions options, String defaultType) {
        r.contentType(options.contentType().orElse(defaultType)).metadata(options.metadata());
        if (options.gzip()) {
            r.contentEncoding("gzip");
        }
        return r;
    }

    /**
     * Fills a {@code CreateMultipartUpload} request.
     *
     * @param r the request builder
     * @param options the options
     * @param defaultType the content type when the options set none
     * @return {@code r}
     */
    public static CreateMultipartUploadRequest.Builder create(CreateMultipartUploadRequest.Builder r,
            PutOptions options, String defaultType) {
        r.contentType(options.contentType().orElse(defaultType)).metadata(options.metadata());
        if (options.gzip()) {
            r.contentEncoding("gzip");
        }
        return r;
    }
}
