package dev.awskit.testkit;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives tests the JVM's shared {@link LocalStack} (parameters of that type). Each test
 * is reported as skipped when no Docker engine answers, and fails naming the coordinates to add when
 * localstack-utils (an optional dependency of awskit-testkit) is missing. LocalStack keeps state between tests:
 * use unique resource names.
 */
public final class LocalStackExtension implements BeforeEachCallback, ParameterResolver {
    /** Creates the extension. */
    public LocalStackExtension() {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        LocalStack.shared();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return LocalStack.shared();
    }
}
