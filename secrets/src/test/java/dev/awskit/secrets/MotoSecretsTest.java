package dev.awskit.secrets;

import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that read through real clients against moto: one {@link SecretsFixture} (its clients)
 * per test class, and a fresh view of it ({@link #fx}) for each test, after MotoExtension's reset.
 */
@ExtendWith(MotoExtension.class)
abstract class MotoSecretsTest {
    private static SecretsFixture shared;

    /** This test's fixture. */
    SecretsFixture fx;

    @BeforeAll
    static void startClients(MotoServer moto) {
        shared = new SecretsFixture(moto);
    }

    @AfterAll
    static void closeClients() {
        shared.close();
    }

    @BeforeEach
    void freshFixture() {
        fx = shared.fresh();
    }
}
