package dev.awskit.dynamodb;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test once against DynamoDB Local (in-process) and once against moto, each time on an emptied emulator with
 * a fresh {@link DynamoFixture} (resolved as a parameter of the test and of {@code @BeforeEach} methods).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(Emulators.class)
@interface EmulatorTest {
}
