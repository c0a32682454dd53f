package dev.awskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it" lines are the ones consumer-tests' bom-only consumer builds (against moto, offline,
 * with dependencyConvergence enforced), so the instructions cannot drift from what is checked.
 */
class ReadmeUseItTest {
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);

    @Test
    void useIt_dependencies_areBuiltByTheBomOnlyConsumer() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int useIt = readme.indexOf("## Use it");
        int start = readme.indexOf("```xml", useIt);
        String snippet = readme.substring(start, readme.indexOf("```", start + 6));
        String consumer = Files.readString(Path.of("../consumer-tests/src/it/bom-only/pom.xml"));

        assertThat(useIt).isNotNegative();
        assertThat(dependencies(snippet)).contains("dev.awskit:awskit-bom:pom:import")
                .isSubsetOf(dependencies(consumer));
    }

    /** Each dependency as groupId:artifactId:type:scope, versions left out (the consumer's are filled in). */
    private static Set<String> dependencies(String xml) {
        Set<String> found = new LinkedHashSet<>();
        Matcher dependency = DEPENDENCY.matcher(xml);
        while (dependency.find()) {
            String body = dependency.group(1);
            found.add(element(body, "groupId", "") + ":" + element(body, "artifactId", "") + ":"
                    + element(body, "type", "jar") + ":" + element(body, "scope", "compile"));
        }
        return found;
    }

    private static String element(String xml, String name, String absent) {
        Matcher value = Pattern.compile("<" + name + ">\\s*([^<]*?)\\s*</" + name + ">").matcher(xml);
        return value.find() ? value.group(1) : absent;
    }
}
