package dev.awskit.core.spi;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A loaded record plus the views derived from it (its value, a JSON type, one field), computed once per
 * loaded record. A refresh produces a new {@code Loaded}, so views never outlive their record, and a view
 * key (type or field) never shares a slot with another.
 *
 * @param <R> the record type
 * @param <P> the primary view type
 */
public final class Loaded<R, P> {
    private final R record;
    private final P primaryValue;
    private final CompletableFuture<P> primary;
    private final ConcurrentHashMap<Object, Object> views = new ConcurrentHashMap<>();

    /**
     * Wraps a record.
     *
     * @param record the record
     * @param primary the record's main value, served without another lookup
     */
    public Loaded(R record, P primary) {
        this.record = record;
        this.primaryValue = primary;
        this.primary = CompletableFuture.completedFuture(primary);
    }

    /** @return the record */
    public R record() {
        return record;
    }

    /** @return the main value */
    public P primaryValue() {
        return primaryValue;
    }

    /** @return the main value as a completed future, the same instance every time */
    public CompletableFuture<P> primary() {
        return primary;
    }

    /**
     * Returns a derived view, computing it on first use. A failing view is not remembered.
     *
     * @param key what the view is (for example a target type or a field name, with its kind)
     * @param derive computes the view from the record
     * @param <T> the view type
     * @return the view
     */
    @SuppressWarnings("unchecked")
    public <T> T view(Object key, Function<? super R, T> derive) {
        Object found = views.get(key);
        if (found == null) {
            found = Objects.requireNonNull(derive.apply(record), "view");
            Object raced = views.putIfAbsent(key, found);
            if (raced != null) {
                found = raced;
            }
        }
        return (T) found;
    }

    /** Prints nothing of the record, which may be secret. */
    @Override
    public String toString() {
        return "Loaded[views=" + views.size() + "]";
    }
}
