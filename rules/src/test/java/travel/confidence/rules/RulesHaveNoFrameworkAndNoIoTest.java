package travel.confidence.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import org.junit.jupiter.api.Test;

/**
 * The rules module is the decision model and the engine, nothing else: no framework, no files, no network,
 * no database. Whatever reads or stores data hands it in; that keeps every decision a pure function of its
 * input and the rule set, testable without a server.
 */
class RulesHaveNoFrameworkAndNoIoTest {

    private static final String RULES = "travel.confidence.rules..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The module's own classes are a directory in the build; scanning every jar only costs time.
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("travel.confidence.rules");

    @Test
    void the_rules_module_has_classes_to_check() {
        assertThat(CLASSES.containPackage("travel.confidence.rules.engine")).isTrue();
        assertThat(CLASSES.containPackage("travel.confidence.rules.model")).isTrue();
    }

    @Test
    void rules_do_not_depend_on_micronaut() {
        noClasses().that().resideInAPackage(RULES)
                .should().dependOnClassesThat().resideInAPackage("io.micronaut..")
                .because("the service wires the rules in; the rules do not know the framework")
                .check(CLASSES);
    }

    @Test
    void rules_do_not_touch_files_or_the_network() {
        noClasses().that().resideInAPackage(RULES)
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
                .orShould().dependOnClassesThat().belongToAnyOf(File.class, FileInputStream.class,
                        FileOutputStream.class, FileReader.class, FileWriter.class, RandomAccessFile.class)
                .because("rule sets come in as text from the classpath or from the caller, never from disk or network")
                .check(CLASSES);
    }

    @Test
    void rules_do_not_reach_a_database() {
        noClasses().that().resideInAPackage(RULES)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.mongodb..",
                        "org.bson..", "org.h2..", "org.postgresql..", "travel.confidence.data..")
                .because("the data adapters own the stores; the rules only see the values handed to them")
                .check(CLASSES);
    }
}
