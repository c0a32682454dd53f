package dev.awskit.examples.iac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 writing and reading, offline. */
class CsvTest {

    @Test
    void write_quotesOnlyFieldsWithCommasQuotesOrLineBreaks() {
        String csv = Csv.write(List.of(List.of("plain", "a, b", "say \"hi\"", "two\nlines", "")));

        assertThat(csv).isEqualTo("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void read_ofWrittenRows_givesTheSameRows() {
        List<List<String>> rows = List.of(List.of("name", "description"),
                List.of("diffy", "Find bugs with \"diffy\", \"canary\" and \"shadow\" traffic"),
                List.of("zipkin", ""), List.of("multi", "line one\r\nline two"));

        assertThat(Csv.read(Csv.write(rows))).isEqualTo(rows);
    }

    @Test
    void read_withoutFinalLineEnd_keepsTheLastRow() {
        assertThat(Csv.read("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void read_withUnclosedQuote_isRefusedNamingTheRow() {
        assertThatThrownBy(() -> Csv.read("a,b\r\n\"open,c\r\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 2");
    }
}
