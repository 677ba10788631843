package travel.confidence.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import io.micronaut.context.annotation.Prototype;
import org.junit.jupiter.api.Test;

/** The console's boundaries, checked on its compiled classes. */
class ConsoleArchitectureTest {

    private static final JavaClasses CONSOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("travel.confidence.console");

    @Test
    void the_console_never_touches_a_store_or_the_service_internals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "travel.confidence.data..", "travel.confidence.service..", "travel.confidence.rules..",
                        "java.sql..", "javax.sql..", "io.micronaut.data..", "com.mongodb..", "org.bson..",
                        "org.h2..", "org.postgresql..")
                .because("the console reaches data only through the decision service's HTTP API")
                .check(CONSOLE);
    }

    @Test
    void views_and_layouts_are_prototype_beans_so_each_navigation_gets_a_fresh_one() {
        classes().that().areAnnotatedWith(Route.class)
                .or().implement(RouterLayout.class)
                .or().implement(HasErrorParameter.class)
                .should().beAnnotatedWith(Prototype.class)
                .check(CONSOLE);
    }

    @Test
    void only_the_decision_service_client_package_speaks_http() {
        noClasses().that().resideOutsideOfPackages("..console.decisionservice..", "..console.error..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http.client..", "java.net.http..")
                .check(CONSOLE);
    }
}
