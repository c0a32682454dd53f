package dev.awskit.examples.cloudjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading job metadata files, offline: what becomes a metric and what is refused, never quoting the payload. */
class JobMetadataTest {

    @Test
    void parse_keepsEveryNumberInFileOrderAndIgnoresOtherFields() {
        JobMetadata job = JobMetadata.parse("{\"job_name\": \"train-1\", \"status\": \"success\", \"images\": 12000,"
                + " \"host\": \"ip-10-0-0-7\", \"files\": 35, \"duration_seconds\": 61.5}");

        assertThat(job.jobName()).isEqualTo("train-1");
        assertThat(job.status()).isEqualTo("success");
        assertThat(job.values()).containsExactly(Map.entry("images", 12000.0), Map.entry("files", 35.0),
                Map.entry("duration_seconds", 61.5));
    }

    @Test
    void toJson_writesCountsAsIntegersAndParsesBackEqual() {
        JobMetadata job = JobMetadata.parse("{\"job_name\": \"train-2\", \"status\": \"failure\", \"images\": 5,"
                + " \"duration_seconds\": 0.5}");

        assertThat(job.toJson()).isEqualTo(
                "{\"job_name\":\"train-2\",\"status\":\"failure\",\"images\":5,\"duration_seconds\":0.5}");
        assertThat(JobMetadata.parse(job.toJson())).isEqualTo(job);
    }

    @Test
    void parse_truncatedJson_isRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> JobMetadata.parse("{\"job_name\": \"train-6\", \"images\": "))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessage("not JSON: it ends early at line 1, column 35");
        assertThatThrownBy(() -> JobMetadata.parse("{\"job_name\": secret-value}"))
                .hasMessage("not JSON: invalid at line 1, column 20");
    }

    @Test
    void parse_whenSomethingIsMissingOrWrong_namesIt() {
        assertThatThrownBy(() -> JobMetadata.parse("[1, 2]")).hasMessage("not a JSON object");
        assertThatThrownBy(() -> JobMetadata.parse("{\"status\": \"success\", \"images\": 1}"))
                .hasMessageContaining("job_name").hasMessageContaining("'null'");
        assertThatThrownBy(() -> JobMetadata.parse("{\"job_name\": \"j\", \"status\": \"done\", \"images\": 1}"))
                .hasMessageContaining("status").hasMessageContaining("'done'");
        assertThatThrownBy(() -> JobMetadata.parse("{\"job_name\": \"j\", \"status\": \"success\"}"))
                .hasMessage("j: no numeric field to submit");
        assertThatThrownBy(() -> JobMetadata.parse("{\"job_name\": \"j\", \"status\": \"success\", \"Images\": 1}"))
                .isInstanceOf(InvalidPayloadException.class).hasMessageContaining("'Images'");
    }
}
