package dev.awskit.ssm.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Reads every page of a paginated SSM list call, one call after the other, asynchronously.
 *
 * @param <R> the response type
 * @param <T> the item type
 */
public final class Pages<R, T> {
    private final Function<String, CompletableFuture<R>> fetch;
    private final Function<R, List<T>> items;
    private final Function<R, String> nextToken;
    private final BooleanSupplier abandoned;

    /**
     * Describes the paging.
     *
     * @param fetch calls for the page after a token ({@code null} for the first page)
     * @param items the items of a page
     * @param nextToken the token of the next page; {@code null} or empty after the last
     * @param abandoned true once nobody wants the result: stops before the next call
     */
    public Pages(Function<String, CompletableFuture<R>> fetch, Function<R, List<T>> items,
            Function<R, String> nextToken, BooleanSupplier abandoned) {
        this.fetch = fetch;
        this.items = items;
        this.nextToken = nextToken;
        this.abandoned = abandoned;
    }

    /**
     * Reads every page.
     *
     * @return the items of every page, in order; what was read so far when abandoned
     */
    public CompletableFuture<List<T>> all() {
        return page(null, new ArrayList<>());
    }

    private CompletableFuture<List<T>> page(String token, List<T> collected) {
        if (abandoned.getAsBoolean()) {
            return CompletableFuture.completedFuture(collected);
        }
        return fetch.apply(token).thenCompose(response -> {
            collected.addAll(items.apply(response));
            String next = nextToken.apply(response);
            return next == null || next.isEmpty() ? CompletableFuture.completedFuture(collected)
                    : page(next, collected);
        });
    }
}
