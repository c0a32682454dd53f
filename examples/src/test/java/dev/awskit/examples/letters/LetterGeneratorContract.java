package dev.awskit.examples.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed's tests #1 to #4 for {@link LetterGenerator}, written once and run twice: on in-memory doubles with no
 * network ({@link LetterGeneratorInMemoryTest}) and on moto's DynamoDB and S3 ({@link LetterGeneratorMotoTest}).
 */
abstract class LetterGeneratorContract {

    /** Stores an item of the table, as the seed's {@code put_item}. */
    abstract void putItem(String pk, String data);

    /** @return the generator on this test's table and bucket */
    abstract LetterGenerator generator();

    /** @return the letter stored under {@code key}, if any */
    abstract Optional<String> storedLetter(String key);

    /** @return every key stored in the bucket */
    abstract Set<String> storedKeys();

    /** @return how many items were read since the arrangement */
    abstract int reads();

    /** @return how many letters were written since the arrangement */
    abstract int writes();

    /** Forgets the reads and writes counted so far. */
    abstract void resetCounts();

    /** Creates what the test's table and bucket live in; runs before the arrangement. */
    void prepare() {
    }

    @BeforeEach
    void arrange() {
        prepare();
        putItem("D#UnitTestDoc", "Unit Test Doc Corpi");
        putItem("C#UnitTestCust", "Unit Test Customer");
        resetCounts();
    }

    @Test
    void createLetter_forKnownCustomerAndDocument_writesTheLetterAndAnswers200WithTheKey() {
        LetterGenerator.Response response = generator().createLetter("UnitTestDoc", "UnitTestCust").join();

        assertThat(response).isEqualTo(new LetterGenerator.Response(200, "UnitTestCust/UnitTestDoc.txt"));
        assertThat(storedLetter("UnitTestCust/UnitTestDoc.txt"))
                .contains("Dear Unit Test Customer;\nUnit Test Doc Corpi");
        assertThat(reads()).isEqualTo(2);
        assertThat(writes()).isEqualTo(1);
    }

    @Test
    void createLetter_forUnknownCustomer_answers404AndWritesNothing() {
        LetterGenerator.Response response = generator().createLetter("UnitTestDoc", "NoSuchCust").join();

        assertThat(response).isEqualTo(new LetterGenerator.Response(404, "Customer 'NoSuchCust' not found"));
        assertThat(storedKeys()).isEmpty();
        assertThat(writes()).isZero();
    }

    @Test
    void createLetter_forUnknownDocument_answers404AndWritesNothing() {
        LetterGenerator.Response response = generator().createLetter("NoSuchDoc", "UnitTestCust").join();

        assertThat(response).isEqualTo(new LetterGenerator.Response(404, "Document type 'NoSuchDoc' not found"));
        assertThat(storedKeys()).isEmpty();
        assertThat(writes()).isZero();
    }

    @Test
    void handle_withTheEventsPathParameters_createsTheLetter() {
        LetterGenerator.Response response = generator()
                .handle(Map.of("docType", "UnitTestDoc", "customerId", "UnitTestCust")).join();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(storedKeys()).containsExactly("UnitTestCust/UnitTestDoc.txt");
    }

    @ParameterizedTest(name = "docType={0}, customerId={1}")
    @CsvSource(nullValues = "null", value = {
        "null, UnitTestCust, Missing path parameter 'docType'",
        "UnitTestDoc, null, Missing path parameter 'customerId'",
        "UnitTestDoc, ../other, Invalid customerId '../other'",
        "'', UnitTestCust, Invalid docType ''"})
    void createLetter_withMissingOrMalformedId_answers400WithoutReadingOrWriting(String docType, String customerId,
            String message) {
        LetterGenerator.Response response = generator().createLetter(docType, customerId).join();

        assertThat(response).isEqualTo(new LetterGenerator.Response(400, message));
        assertThat(reads()).isZero();
        assertThat(writes()).isZero();
    }
}
