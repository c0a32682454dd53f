package dev.awskit.ssm.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandRequestTest {

    @Test
    void build_withNeitherInstancesNorTargets_throws() {
        assertThatThrownBy(() -> CommandRequest.builder().commands("uptime").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("instanceIds or targets");
    }

    @Test
    void build_withMoreThan50InstanceIds_throwsPointingToTargets() {
        String[] ids = IntStream.range(0, 51).mapToObj(i -> "i-" + i).toArray(String[]::new);

        assertThatThrownBy(() -> CommandRequest.builder().instanceIds(ids).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("51").hasMessageContaining("targets");
    }

    @Test
    void build_withMoreThan5Targets_throws() {
        CommandRequest.Builder builder = CommandRequest.builder();
        IntStream.range(0, 6).forEach(i -> builder.tag("k" + i, "v"));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6");
    }

    @Test
    void target_withoutValueOrWithBlankKey_throwsNamingIt() {
        assertThatThrownBy(() -> CommandRequest.builder().target("tag:env"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag:env");
        assertThatThrownBy(() -> CommandRequest.builder().tag(" ", "prod"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag key");
        assertThatThrownBy(() -> CommandRequest.builder().tag("env", (String) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("env");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101%", "ten", "-1", ""})
    void maxConcurrency_whenNotNumberOrPercentage_throwsQuotingIt(String value) {
        assertThatThrownBy(() -> CommandRequest.builder().maxConcurrency(value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + value + "'");
    }

    @Test
    void maxErrors_acceptsZeroAndPercentages() {
        CommandRequest request = CommandRequest.builder().tag("env", "prod").maxConcurrency("10%").maxErrors("0")
                .build();

        assertThat(request.maxConcurrency()).contains("10%");
        assertThat(request.maxErrors()).contains("0");
        assertThat(request.toBuilder().maxErrors("5%").build().maxErrors()).contains("5%");
    }

    @Test
    void comment_longerThan100Characters_throws() {
        assertThatThrownBy(() -> CommandRequest.builder().comment("x".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comment");
    }

    @Test
    void toBuilder_copiesAndBuilderReuseDoesNotChangeBuilt() {
        CommandRequest.Builder builder = CommandRequest.builder().resourceGroup("web").commands("uptime");
        CommandRequest first = builder.build();
        builder.commands("df -h");

        assertThat(first.parameters().get("commands")).containsExactly("uptime");
        assertThat(first.targets()).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("resource-groups:Name");
            assertThat(t.values()).containsExactly("web");
        });
        CommandRequest copy = first.toBuilder().documentName("AWS-RunPowerShellScript").build();
        assertThat(copy.targets()).isEqualTo(first.targets());
        assertThat(copy.documentName()).isEqualTo("AWS-RunPowerShellScript");
    }

    @Test
    void toString_namesParametersButNotValues() {
        CommandRequest request = CommandRequest.builder().instanceIds("i-1").parameter("token", "hunter2").build();

        assertThat(request.toString()).contains("token", "i-1").doesNotContain("hunter2");
    }

    @Test
    void invocationSummary_keepsAnExcerptOfFailedOutputsOnly() {
        CommandInvocation failed = new CommandInvocation("c-1", "i-1", "Failed", "Failed", 3, "x".repeat(500), null);
        CommandInvocation ok = new CommandInvocation("c-1", "i-2", "Success", "Success", 0, "all good", null);

        assertThat(failed.summary()).startsWith("i-1 (Failed, exit 3) stdout: xxx")
                .hasSize("i-1 (Failed, exit 3) stdout: ".length() + CommandInvocation.EXCERPT_LENGTH + 3);
        assertThat(ok.summary()).isEqualTo("i-2 (Success, exit 0)");
        assertThat(new CommandResult("c-1", java.util.List.of(failed, ok)).toString()).doesNotContain("x".repeat(201));
    }
}
