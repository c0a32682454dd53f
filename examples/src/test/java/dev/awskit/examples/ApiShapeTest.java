package dev.awskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;

/**
 * The builder conventions of CONTRIBUTING.md, checked by reflection on the public API of every library module: a
 * configuration or request object made by a no-argument {@code builder()} has {@code toBuilder()} (resources, which
 * are {@link AutoCloseable}, are built once and have none), and every public instance method that takes such an
 * object (the first one it takes: its request) has a twin taking a {@code Consumer} of its builder.
 */
class ApiShapeTest {
    private static final Set<String> LIBRARY_MODULES = Set.of("core", "testkit", "ssm", "secrets", "dynamodb", "s3");
    private static List<Class<?>> api;

    @BeforeAll
    static void loadApi() {
        api = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> LIBRARY_MODULES.stream()
                        .anyMatch(module -> location.contains("/dev/awskit/" + module + "/")))
                .importPackages("dev.awskit").stream()
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> !type.getPackageName().contains(".internal"))
                .map(JavaClass::reflect)
                .filter(type -> type.getEnclosingClass() == null || Modifier.isPublic(type.getModifiers()))
                .collect(Collectors.toList());
        assertThat(api).as("public API types found").hasSizeGreaterThan(100);
    }

    /** The nested builder type of {@code type} when it is made by a public static no-argument builder(). */
    private static Optional<Class<?>> builderOf(Class<?> type) {
        try {
            Method builder = type.getMethod("builder");
            return Modifier.isStatic(builder.getModifiers()) && builder.getDeclaringClass() == type
                    ? Optional.of(builder.getReturnType()) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    @Test
    void objectsMadeByANoArgumentBuilder_haveToBuilder() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : api) {
            if (AutoCloseable.class.isAssignableFrom(type) || Extension.class.isAssignableFrom(type)) {
                continue;  // a resource or a JUnit extension is built once, not copied and changed
            }
            builderOf(type).ifPresent(builder -> {
                try {
                    Method toBuilder = type.getMethod("toBuilder");
                    if (toBuilder.getReturnType() != builder) {
                        missing.add(type.getName() + ".toBuilder() returns " + toBuilder.getReturnType().getName());
                    }
                } catch (NoSuchMethodException e) {
                    missing.add(type.getName());
                }
            });
        }
        assertThat(missing).as("types with builder() but no toBuilder()").isEmpty();
    }

    @Test
    void methodsTakingABuiltObject_haveAConsumerOfBuilderTwin() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : api) {
            if (type.getSimpleName().endsWith("Builder")) {
                continue;  // a builder's setters take finished objects; the Consumer form is for requests
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic() || method.isBridge()) {
                    continue;
                }
                Class<?>[] parameters = method.getParameterTypes();
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] == Consumer.class) {
                        break;  // the request is already taken as a Consumer of its builder: this is the twin
                    }
                    Optional<Class<?>> builder = parameters[i].getName().startsWith("dev.awskit.")
                            ? builderOf(parameters[i]) : Optional.empty();
                    if (builder.isPresent()) {
                        if (!hasConsumerTwin(type, method, i, builder.get())) {
                            missing.add(type.getSimpleName() + "." + method.getName()
                                    + Arrays.stream(parameters).map(Class::getSimpleName)
                                            .collect(Collectors.joining(", ", "(", ")")));
                        }
                        break;
                    }
                }
            }
        }
        assertThat(missing).as("methods taking a request object with no Consumer<Builder> overload").isEmpty();
    }

    private static boolean hasConsumerTwin(Class<?> type, Method method, int index, Class<?> builder) {
        return Arrays.stream(type.getMethods())
                .filter(other -> other.getName().equals(method.getName()))
                .filter(other -> other.getParameterCount() == method.getParameterCount())
                .anyMatch(other -> {
                    Type[] generic = other.getGenericParameterTypes();
                    for (int i = 0; i < generic.length; i++) {
                        boolean same = i == index ? isConsumerOf(generic[i], builder)
                                : other.getParameterTypes()[i] == method.getParameterTypes()[i];
                        if (!same) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    private static boolean isConsumerOf(Type parameter, Class<?> builder) {
        if (parameter instanceof ParameterizedType generic && generic.getRawType() == Consumer.class) {
            Type argument = generic.getActualTypeArguments()[0];
            Type raw = argument instanceof ParameterizedType p ? p.getRawType() : argument;
            return raw == builder;
        }
        return false;
    }
}
