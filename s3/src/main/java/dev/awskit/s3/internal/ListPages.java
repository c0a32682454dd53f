package dev.awskit.s3.internal;

import dev.awskit.s3.ListEntry;
import dev.awskit.s3.ListRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/** One {@code ListObjectsV2} page at a time, and the entries of a page in key order (objects and folders merged). */
public final class ListPages {
    private final BucketContext ctx;

    /**
     * Creates the pager.
     *
     * @param ctx the bucket
     */
    public ListPages(BucketContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Reads one page.
     *
     * @param request what to list
     * @param token the continuation token, or {@code null} for the first page
     * @return the page
     */
    public CompletableFuture<ListObjectsV2Response> page(ListRequest request, String token) {
        return ctx.call("list", null, o -> ctx.client().listObjectsV2(r -> r.bucket(ctx.bucket())
                .prefix(request.prefix().isEmpty() ? null : request.prefix())
                .delimiter(request.delimiter().orElse(null)).startAfter(request.startAfter().orElse(null))
                .maxKeys(request.pageSize()).continuationToken(token).overrideConfiguration(o)));
    }

    /**
     * Returns the next page's token.
     *
     * @param page a page
     * @return the token, or {@code null} after the last page
     */
    public static String next(ListObjectsV2Response page) {
        return Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
    }

    /**
     * Returns a page's entries: objects and folders (common prefixes) merged in key order.
     *
     * @param page a page
     * @return the entries
     */
    public static List<ListEntry> entries(ListObjectsV2Response page) {
        List<S3Object> objects = page.contents();
        List<CommonPrefix> folders = page.commonPrefixes();
        List<ListEntry> entries = new ArrayList<>(objects.size() + folders.size());
        int o = 0;
        int f = 0;
        while (o < objects.size() || f < folders.size()) {
            boolean takeObject = f >= folders.size()
                    || o < objects.size() && objects.get(o).key().compareTo(folders.get(f).prefix()) < 0;
            entries.add(takeObject ? entry(objects.get(o++)) : ListEntry.folder(folders.get(f++).prefix()));
        }
        return entries;
    }

    private static ListEntry entry(S3Object object) {
        return new ListEntry(object.key(), object.size() == null ? 0 : object.size(),
                Optional.ofNullable(object.eTag()), Optional.ofNullable(object.lastModified()), false);
    }
}
