package dev.awskit.core.cache;

import java.util.Objects;
import java.util.function.Function;

/**
 * A projection of a cached value that the cache computes once each time a value becomes fresh and keeps beside
 * it, so that a hit that needs only that projection (say, one field of a record) is one field read. Give the
 * same instance to {@link RefreshingCacheBuilder#freshView(FreshView)} and to the reads
 * ({@link RefreshingCache#getViewIfFresh(Object, FreshView)}, {@link CacheHandle#getViewIfFresh(FreshView)}):
 * the instance is the type-safe key of the view, so reads return {@code W} without a cast.
 *
 * <pre>{@code
 * static final FreshView<Config, String> URL = FreshView.of(Config::url);
 * RefreshingCache<String, Config> configs = RefreshingCache.builder(loader).freshView(URL).build();
 * String url = configs.getViewIfFresh("app", URL);   // null unless cached and fresh
 * }</pre>
 *
 * <p>Immutable and thread-safe; compared by identity.
 *
 * @param <V> the cached value type
 * @param <W> the view type
 */
public final class FreshView<V, W> {
    private final Function<? super V, ? extends W> projection;

    private FreshView(Function<? super V, ? extends W> projection) {
        this.projection = projection;
    }

    /**
     * Creates a view.
     *
     * @param projection a cheap, pure function of the value; its result must not be null for a non-null value.
     *     If it throws, the value simply has no fresh view and view reads return null.
     * @param <V> the cached value type
     * @param <W> the view type
     * @return the view
     * @throws NullPointerException if {@code projection} is null
     */
    public static <V, W> FreshView<V, W> of(Function<? super V, ? extends W> projection) {
        return new FreshView<>(Objects.requireNonNull(projection, "projection"));
    }

    /**
     * Applies the projection.
     *
     * @param value a cached value
     * @return the view of it
     */
    public W apply(V value) {
        return projection.apply(value);
    }

    @Override
    public String toString() {
        return "FreshView@" + Integer.toHexString(System.identityHashCode(this));
    }
}
