package dev.awskit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.AsyncOnly;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The sync-view convention, checked by reflection (CONTRIBUTING.md): every public instance method of an async type
 * that returns a {@code CompletableFuture}/{@code CompletionStage} has a twin on its {@code sync()} view with the same
 * name and parameter types, returning the future's value type ({@code void} for {@code Void}, a primitive for its wrapper), unless it is marked
 * {@link AsyncOnly} with a reason. Each module's API test calls {@link #assertTwins(Class, Class)} for its types.
 */
public final class SyncTwins {
    private SyncTwins() {
    }

    /**
     * Fails, listing every async method of {@code async} that has no proper twin on {@code sync}, and checks that
     * {@code async.sync()} returns {@code sync}.
     *
     * @param async the asynchronous type
     * @param sync its blocking view
     */
    public static void assertTwins(Class<?> async, Class<?> sync) {
        assertThat(viewMethod(async)).as(async.getSimpleName() + ".sync()").isEqualTo(sync);
        assertThat(problems(async, sync)).as("sync twins of " + async.getSimpleName() + " on " + sync.getSimpleName())
                .isEmpty();
    }

    /**
     * Lists what is wrong: async methods without a twin, twins with the wrong return type, blank reasons.
     *
     * @param async the asynchronous type
     * @param sync its blocking view
     * @return one line per problem; empty when the convention holds
     */
    public static List<String> problems(Class<?> async, Class<?> sync) {
        List<String> problems = new ArrayList<>();
        for (Method method : async.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class
                    || !CompletionStage.class.isAssignableFrom(method.getReturnType())) {
                continue;
            }
            AsyncOnly asyncOnly = method.getAnnotation(AsyncOnly.class);
            if (asyncOnly != null) {
                if (asyncOnly.value().isBlank()) {
                    problems.add(signature(method) + " is @AsyncOnly without a reason");
                }
                continue;
            }
            Method twin;
            try {
                twin = sync.getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                problems.add(signature(method) + " has no twin");
                continue;
            }
            Type expected = valueType(method.getGenericReturnType());
            Type actual = twin.getGenericReturnType();
            boolean voidTwin = expected == Void.class && actual == void.class;
            boolean unboxed = actual instanceof Class<?> primitive && primitive.isPrimitive()
                    && MethodType.methodType(primitive).wrap().returnType() == expected;
            if (!voidTwin && !unboxed && !expected.getTypeName().equals(actual.getTypeName())) {
                problems.add(signature(method) + " has a twin returning " + actual.getTypeName() + ", not "
                        + expected.getTypeName());
            }
        }
        problems.sort(null);
        return problems;
    }

    private static Class<?> viewMethod(Class<?> async) {
        try {
            return async.getMethod("sync").getReturnType();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Type valueType(Type future) {
        return future instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0]
                : Object.class;
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList()
                .toString().replace('[', '(').replace(']', ')');
    }
}
