package dev.awskit.testkit;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives tests the JVM's shared {@link DynamoDbLocal} (parameters of that type) and
 * deletes every table before each test.
 *
 * <pre>{@code
 * @ExtendWith(DynamoDbLocalExtension.class)
 * class CartTableTest {
 *     @Test
 *     void put_thenGet_returnsItem(DynamoDbLocal ddb) {
 *         try (DynamoDbClient client = ddb.client(DynamoDbClient.builder())) { ... }
 *     }
 * }
 * }</pre>
 *
 * <p>It does not resolve {@link dev.awskit.core.client.ClientSettings}, so it combines with
 * {@link MotoExtension} in one class; use {@link DynamoDbLocal#settings()}.
 *
 * <p>Needs {@code com.amazonaws:DynamoDBLocal} among the test dependencies (awskit-testkit does not bring it);
 * without it each test fails with an error naming those coordinates.
 */
public final class DynamoDbLocalExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DynamoDbLocalExtension.class);

    /** Creates the extension; all instances share the one DynamoDB Local of the JVM. */
    public DynamoDbLocalExtension() {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        instance(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DynamoDbLocal.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return instance(context);
    }

    private static DynamoDbLocal instance(ExtensionContext context) {
        DynamoDbLocal ddb = DynamoDbLocal.shared();
        context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(StopAtEnd.class, key -> new StopAtEnd(ddb), StopAtEnd.class);
        return ddb;
    }

    /** Stops the shared instance with the root context. */
    private static final class StopAtEnd implements ExtensionContext.Store.CloseableResource {
        private final DynamoDbLocal ddb;

        StopAtEnd(DynamoDbLocal ddb) {
            this.ddb = ddb;
        }

        @Override
        public void close() {
            ddb.close();
        }
    }
}
