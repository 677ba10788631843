package travel.confidence.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import travel.confidence.console.decisionservice.DestinationPage;
import travel.confidence.console.decisionservice.DestinationSummary;
import travel.confidence.console.decisionservice.RecordedDecisionService;

/**
 * The home view against the real decision service, and against one that goes away. Three processes boot side
 * by side: the real service, a console pointed at it, and a console pointed at a recorded stand-in that the
 * second test stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeViewIT {

    private static final String SERVICE_UNREACHABLE =
            "The decision service is not reachable right now. Please check that it is running and try again.";

    private DecisionServiceProcess decisionService;
    private ConsoleProcess console;
    private RecordedDecisionService recordedService;
    private ConsoleProcess consoleOnRecordedService;
    private ChromeDriver browser;

    @BeforeAll
    void startServicesAndConsoles() throws IOException {
        decisionService = DecisionServiceProcess.start();
        console = ConsoleProcess.start("console", decisionService.url());
        recordedService = RecordedDecisionService.answeringDestinationsWith("first-five-destinations.json");
        consoleOnRecordedService = ConsoleProcess.start("console-on-recorded-service", recordedService.url());
        Duration consoleReady = console.awaitReady();
        consoleOnRecordedService.awaitReady();
        Duration serviceReady = decisionService.awaitReady();
        System.out.printf("Console answered %d ms after its start, decision service %d ms after its start%n",
                consoleReady.toMillis(), serviceReady.toMillis());
    }

    @AfterAll
    void stopServicesAndConsoles() {
        for (AutoCloseable running : new AutoCloseable[] {consoleOnRecordedService, recordedService, console,
                decisionService}) {
            try {
                if (running != null) {
                    running.close();
                }
            } catch (Exception e) {
                System.err.println("Could not stop a test process: " + e);
            }
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_home_view_lists_the_first_destinations_from_the_decision_service() throws Exception {
        DestinationPage fromService = firstFiveDestinationsStraightFromTheService();
        List<String> expectedNames = fromService.items().stream().map(DestinationSummary::name).toList();
        assertThat(expectedNames).hasSize(5).allSatisfy(name -> assertThat(name).isNotBlank());

        ConsolePage page = new ConsolePage(browser).open(console.url()).awaitHeading("Confidence Engine console");
        List<String> cells = page.awaitGridCells("destinations", expectedNames);

        assertThat(cells).containsAll(expectedNames).contains("Destination", "Region");
        assertThat(page.awaitText("destinations-summary"))
                .isEqualTo("The first 5 of %d destinations in the catalogue.", fromService.total());
        assertThat(page.title()).isEqualTo("Home · Confidence Engine console");
        assertThat(page.shadowPart("vaadin-app-layout", "navbar").isDisplayed())
                .as("the pre-compiled bundle upgraded the app layout").isTrue();
        assertThat(Files.size(page.screenshot("home"))).isPositive();
    }

    @Test
    void when_the_decision_service_goes_away_the_console_says_so_plainly() {
        ConsolePage page = new ConsolePage(browser).open(consoleOnRecordedService.url())
                .awaitHeading("Confidence Engine console");
        page.awaitGridCells("destinations", List.of("Andorra"));

        recordedService.close();
        page.click("reload-destinations");

        assertThat(page.awaitNotification()).isEqualTo(SERVICE_UNREACHABLE);
        page.screenshot("home-reload-without-service");

        page.reload().awaitHeading("This page is not available");
        assertThat(page.awaitText("error-message")).isEqualTo(SERVICE_UNREACHABLE);
        assertThat(page.bodyText()).doesNotContain("Exception", "at travel.", "at io.micronaut");
        assertThat(consoleOnRecordedService.logTail()).contains("The decision service is unreachable");
        page.screenshot("home-service-down");
    }

    private DestinationPage firstFiveDestinationsStraightFromTheService() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(decisionService.url().resolve("/api/destinations?size=5")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.createDefault().readValue(response.body(), DestinationPage.class);
    }
}
