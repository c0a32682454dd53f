package dev.awskit.s3.internal;

import dev.awskit.core.spi.Chain;
import dev.awskit.s3.DeleteResult;
import dev.awskit.s3.ListRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Deletes every object under a prefix: one page of up to 1,000 keys listed, then one {@code DeleteObjects} for it,
 * page after page, so memory holds one page whatever the prefix holds. Keys S3 refuses are reported, not thrown.
 */
public final class PrefixDelete {
    private static final Logger LOG = LoggerFactory.getLogger(PrefixDelete.class);

    private final BucketContext ctx;
    private final ListPages pages;
    private final ListRequest request;
    private final Chain<DeleteResult> chain = new Chain<>();
    private final List<String> deleted = new ArrayList<>();
    private final List<DeleteResult.KeyFailure> failures = new ArrayList<>();

    /**
     * Prepares the deletion.
     *
     * @param ctx the bucket
     * @param pages the pager
     * @param prefix the prefix; empty for the whole bucket
     */
    public PrefixDelete(BucketContext ctx, ListPages pages, String prefix) {
        this.ctx = ctx;
        this.pages = pages;
        this.request = ListRequest.prefix(prefix);
    }

    /**
     * Runs it.
     *
     * @return the result; cancelling it stops after the call in flight
     */
    public CompletableFuture<DeleteResult> start() {
        step(null);
        return chain.result();
    }

    private void step(String token) {
        chain.then(pages.page(request, token), (page, error) -> {
            if (error != null) {
                chain.fail(error);
                return;
            }
            List<ObjectIdentifier> keys = page.contents().stream().map(S3Object::key)
                    .map(key -> ObjectIdentifier.builder().key(key).build()).toList();
            String next = ListPages.next(page);
            if (keys.isEmpty()) {
                finish();
                return;
            }
            chain.then(deleteBatch(keys), (response, failure) -> {
                if (failure != null) {
                    chain.fail(failure);
                    return;
                }
                record(response);
                if (next == null) {
                    finish();
                } else {
                    step(next);
                }
            });
        });
    }

    private CompletableFuture<DeleteObjectsResponse> deleteBatch(List<ObjectIdentifier> keys) {
        return ctx.call("delete " + keys.size() + " keys under '" + request.prefix() + "'", null,
                o -> ctx.client().deleteObjects(r -> r.bucket(ctx.bucket()).delete(d -> d.objects(keys).quiet(false))
                        .overrideConfiguration(o)));
    }

    private void record(DeleteObjectsResponse response) {
        response.deleted().forEach(d -> deleted.add(d.key()));
        response.errors().forEach(e -> failures.add(new DeleteResult.KeyFailure(e.key(), e.code(), e.message())));
        LOG.debug("deleted {} keys under s3://{}/{} so far, {} refused", deleted.size(), ctx.bucket(),
                request.prefix(), failures.size());
    }

    private void finish() {
        if (!failures.isEmpty()) {
            LOG.warn("{} of {} keys under s3://{}/{} were not deleted, first: {} {}", failures.size(),
                    failures.size() + deleted.size(), ctx.bucket(), request.prefix(), failures.get(0).key(),
                    failures.get(0).code());
        }
        chain.complete(new DeleteResult(request.prefix(), deleted, failures));
    }
}
