package travel.confidence.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console talks to the decision service through its REST API only: it never opens a database or the
 * document store itself, so the service stays the one owner of the data and its rules.
 */
class ConsoleReachesNoDatabaseTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The module's own classes are a directory in the build; scanning every jar only costs time.
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("travel.confidence.console");

    @Test
    void no_console_class_depends_on_a_database_api_or_the_data_adapters() {
        noClasses().that().resideInAPackage("travel.confidence.console..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.mongodb..",
                        "org.bson..", "io.micronaut.data..", "travel.confidence.data..")
                .because("the console reaches data only through the decision service's admin API")
                // Until the console has views this checks nothing; it gains teeth as classes arrive.
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "org.h2.Driver",
            "org.postgresql.Driver",
            "com.mongodb.client.MongoClient",
            "io.micronaut.data.jdbc.runtime.JdbcOperations",
            "travel.confidence.data.destination.DestinationCatalogue"})
    void no_store_client_or_data_adapter_is_on_the_console_classpath(String className) {
        assertThat(isOnClasspath(className)).as(className + " on the console's classpath").isFalse();
    }

    @Test
    void no_jdbc_driver_is_registered_in_the_console() {
        assertThat(DriverManager.drivers().toList()).isEmpty();
    }

    private static boolean isOnClasspath(String className) {
        try {
            Class.forName(className, false, ConsoleReachesNoDatabaseTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
