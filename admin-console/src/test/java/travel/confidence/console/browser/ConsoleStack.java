package travel.confidence.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real decision service and one real console, started once for every browser test class of a run (two
 * JVMs boot side by side; the machine has two cores), and stopped when the run ends. Signs in through the
 * service's API as the first admin, whose password the service wrote into its data directory, and creates an
 * editor for the tests that check what an editor may not do.
 */
@SuppressWarnings("deprecation") // CloseableResource: still how a root-store value is closed at the end of a run
final class ConsoleStack implements ExtensionContext.Store.CloseableResource {

    static final String ADMIN = "admin";
    static final String EDITOR = "it-editor";

    private final DecisionServiceProcess decisionService;
    private final ConsoleProcess console;
    private final String adminPassword;
    private final String editorPassword = "editor-" + UUID.randomUUID();
    private final AdminApi adminApi;

    private ConsoleStack(DecisionServiceProcess decisionService, ConsoleProcess console) {
        this.decisionService = decisionService;
        this.console = console;
        this.adminPassword = firstAdminPassword(decisionService.dataDirectory());
        this.adminApi = AdminApi.signIn(decisionService.url(), ADMIN, adminPassword);
        adminApi.createAccount(EDITOR, editorPassword, "editor");
    }

    static ConsoleStack start() {
        DecisionServiceProcess service = DecisionServiceProcess.start();
        ConsoleProcess console = null;
        try {
            console = ConsoleProcess.start("console", service.url());
            Duration serviceReady = service.awaitReady();
            Duration consoleReady = console.awaitReady();
            System.out.printf("Decision service answered %d ms after its start, console %d ms after its start%n",
                    serviceReady.toMillis(), consoleReady.toMillis());
            return new ConsoleStack(service, console);
        } catch (RuntimeException e) {
            if (console != null) {
                console.close();
            }
            service.close();
            throw e;
        }
    }

    URI consoleUrl() {
        return console.url();
    }

    URI serviceUrl() {
        return decisionService.url();
    }

    String adminPassword() {
        return adminPassword;
    }

    String editorPassword() {
        return editorPassword;
    }

    /** The admin API as the first admin, for setting the scene and checking what the console did. */
    AdminApi adminApi() {
        return adminApi;
    }

    String consoleLogTail() {
        return console.logTail();
    }

    @Override
    public void close() {
        console.close();
        decisionService.close();
    }

    private static String firstAdminPassword(Path dataDirectory) {
        try {
            return Files.readString(dataDirectory.resolve("first-admin-password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The decision service wrote no first admin password", e);
        }
    }
}
