package dev.awskit.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public asynchronous method that has no twin on its type's {@code sync()} view, and says why (for
 * example, it returns a {@code Publisher}, or its argument is itself asynchronous). Every other method that returns
 * a {@code CompletableFuture} has a twin of the same name and parameters on the view; awskit's own tests check this
 * by reflection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AsyncOnly {
    /**
     * Says why the method has no blocking twin.
     *
     * @return the reason, a sentence
     */
    String value();
}
