package dev.awskit.examples.iac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.examples.PrintedContext;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Seed 004's gzipped CSV: one .gz notification drained, the CSV read once through it, 30 rows. */
@ExtendWith(MotoExtension.class)
class RepositoriesToCsvScenarioTest {

    @Test
    void export_notifiesOnlyTheGzAndReadsItBackOnce(MotoServer moto) {
        FaultInjector calls = FaultInjector.create();
        PrintedContext printed = new PrintedContext(moto.settings().toBuilder().addInterceptor(calls).build());
        ScenarioContext ctx = printed.context();

        RepositoriesToCsvScenario.Outcome outcome = RepositoriesToCsvScenario.export(ctx);

        assertThat(outcome.notifiedKeys()).containsExactly(outcome.export().key());
        assertThat(outcome.export().key()).startsWith("twitter/repositories-").endsWith(".csv.gz");
        assertThat(outcome.rows()).hasSize(31);
        assertThat(outcome.stored().contentEncoding()).contains("gzip");
        assertThat(outcome.stored().contentType()).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(outcome.report().testEvents()).isEqualTo(1);
        assertThat(outcome.report().messagesDeleted()).isEqualTo(2);
        assertThat(calls.calls("PutObject")).isEqualTo(2);     // the CSV and the README
        assertThat(calls.calls("GetObject")).isEqualTo(1);     // only the notified CSV is read
        assertThat(printed.text())
                .contains("refused: Missing 'org_name' from request body (JSON)!")
                .contains("30 repositories").contains("read back 30 rows").contains("the-algorithm");
    }
}
