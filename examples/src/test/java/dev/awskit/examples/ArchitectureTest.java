package dev.awskit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module boundaries of CONTRIBUTING.md, checked on the main code of every library module (this module's test
 * class path holds them all): no package cycles, no module importing another's {@code internal} package, core and
 * the feature modules independent, and no {@code internal} package in a published Javadoc jar.
 */
class ArchitectureTest {
    private static final Set<String> LIBRARY_MODULES = Set.of("core", "testkit", "ssm", "secrets", "dynamodb", "s3");
    private static final List<String> FEATURE_MODULES = List.of("ssm", "secrets", "dynamodb", "s3");
    private static JavaClasses library;

    @BeforeAll
    static void importLibrary() {
        library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> LIBRARY_MODULES.stream()
                        .anyMatch(module -> location.contains("/dev/awskit/" + module + "/")))
                .importPackages("dev.awskit");
        assertThat(library.stream().map(JavaClass::getPackageName))
                .as("the library's classes are on the class path")
                .anyMatch(name -> name.startsWith("dev.awskit.core"))
                .anyMatch(name -> name.startsWith("dev.awskit.ssm"))
                .anyMatch(name -> name.startsWith("dev.awskit.secrets"));
    }

    /** A package and its {@code internal} sub-package are one unit: the API builds on its implementation. */
    @Test
    void packages_haveNoCycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                return SliceIdentifier.of(type.getPackageName().replaceAll("\\.internal(\\..*)?$", ""));
            }

            @Override
            public String getDescription() {
                return "packages of dev.awskit, each with its internal package";
            }
        }).should().beFreeOfCycles().check(library);
    }

    /** No two classes of different packages depend on each other, directly or through others (an import cycle). */
    @Test
    void classes_haveNoImportCyclesAcrossPackages() {
        assertThat(ClassCycles.acrossPackages(library)).as("import cycles that cross a package boundary").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "testkit", "ssm", "secrets", "dynamodb", "s3"})
    void internalPackages_areUsedOnlyByTheirOwnModule(String module) {
        noClasses().that().resideOutsideOfPackage("dev.awskit." + module + "..")
                .should().dependOnClassesThat().resideInAPackage("dev.awskit." + module + "..internal..")
                .allowEmptyShould(true)
                .check(library);
    }

    @Test
    void core_dependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("dev.awskit.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.awskit.ssm..", "dev.awskit.secrets..",
                        "dev.awskit.dynamodb..", "dev.awskit.s3..", "dev.awskit.testkit..", "dev.awskit.examples..")
                .check(library);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssm", "secrets", "dynamodb", "s3", "testkit"})
    void module_dependsOnNoFeatureModuleButItself(String module) {
        String[] others = FEATURE_MODULES.stream().filter(other -> !other.equals(module))
                .map(other -> "dev.awskit." + other + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("dev.awskit." + module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .allowEmptyShould(true)
                .check(library);
    }

    @Test
    void publicApi_neverExposesAnInternalType() {
        List<String> leaks = new ArrayList<>();
        library.stream()
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC) && !isInternal(type))
                .forEach(type -> type.getMethods().stream()
                        .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                        .forEach(method -> Stream.concat(Stream.of(method.getRawReturnType()),
                                        method.getRawParameterTypes().stream())
                                .filter(ArchitectureTest::isInternal)
                                .forEach(internal -> leaks.add(method.getFullName() + " -> " + internal.getName()))));
        assertThat(leaks).as("public methods of API types whose signature names an internal type").isEmpty();
    }

    /** Every package a user or contributor meets says what it is for (CONTRIBUTING.md); internal ones are exempt. */
    @ParameterizedTest
    @ValueSource(strings = {"core", "testkit", "ssm", "secrets", "dynamodb", "s3", "examples", "benchmarks"})
    void publicPackages_haveAPackageInfo(String module) throws IOException {
        Path sources = Path.of("..", module, "src", "main", "java");
        List<String> missing;
        try (Stream<Path> files = Files.walk(sources)) {
            missing = files.filter(file -> file.toString().endsWith(".java"))
                    .map(Path::getParent).distinct()
                    .filter(dir -> !dir.toString().contains("internal"))
                    .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                    .map(dir -> sources.relativize(dir).toString())
                    .toList();
        }
        assertThat(missing).as("packages of " + module + " without package-info.java").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "testkit", "ssm", "secrets", "dynamodb", "s3"})
    void javadocJar_leavesOutInternalPackages(String module) throws IOException {
        Path target = Path.of("..", module, "target");
        Path jar;
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(file -> file.getFileName().toString().endsWith("-javadoc.jar")).findFirst().orElse(null);
        }
        if (jar == null) {
            assertThat(System.getenv("CI")).as("with CI=true the javadoc jar of " + module + " must be built")
                    .isNotEqualTo("true");
            Assumptions.abort("no javadoc jar in " + target + " (built with -Dmaven.javadoc.skip?)");
        }
        try (JarFile javadoc = new JarFile(jar.toFile())) {
            assertThat(javadoc.stream().map(entry -> entry.getName()))
                    .as("entries of " + jar.getFileName())
                    .anyMatch(name -> name.contains("dev/awskit/" + module + "/"))
                    .noneMatch(name -> name.contains("/internal/"));
        }
    }

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().contains(".internal");
    }
}
