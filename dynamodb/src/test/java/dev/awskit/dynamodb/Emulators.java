package dev.awskit.dynamodb;

import dev.awskit.testkit.AwsEmulator;
import dev.awskit.testkit.DynamoDbLocal;
import dev.awskit.testkit.MotoServer;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * The two emulators every {@link EmulatorTest} runs against. Each is the JVM's shared instance from testkit (skipped
 * when unavailable, failing with {@code CI=true}), emptied before each test.
 */
final class Emulators implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(
                new Invocation("DynamoDB Local", () -> {
                    DynamoDbLocal ddb = DynamoDbLocal.shared();
                    ddb.reset();
                    return ddb;
                }),
                new Invocation("moto", () -> {
                    MotoServer moto = MotoServer.shared();
                    moto.reset();
                    return moto;
                }));
    }

    /** One run of a test on one emulator. */
    private record Invocation(String name, Supplier<AwsEmulator> emulator) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + name + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new FixtureResolver(name, emulator));
        }
    }

    /** Starts (or reuses) and empties the emulator, and gives the test its fixture. */
    private static final class FixtureResolver implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
        private final String name;
        private final Supplier<AwsEmulator> emulator;
        private DynamoFixture fixture;

        FixtureResolver(String name, Supplier<AwsEmulator> emulator) {
            this.name = name;
            this.emulator = emulator;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            fixture = new DynamoFixture(name, emulator.get().settings());
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (fixture != null) {
                fixture.close();
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == DynamoFixture.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return fixture;
        }
    }
}
