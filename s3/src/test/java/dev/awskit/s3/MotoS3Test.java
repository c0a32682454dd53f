package dev.awskit.s3;

import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the tests against moto: one {@link S3Fixture} per class, fresh counts and rules per test. */
@ExtendWith(MotoExtension.class)
abstract class MotoS3Test {
    private static S3Fixture shared;

    /** This test's fixture. */
    S3Fixture fx;

    @BeforeAll
    static void startClients(MotoServer moto) {
        shared = new S3Fixture(moto);
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
