package travel.confidence.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import travel.confidence.console.decisionservice.DestinationPage;
import travel.confidence.console.decisionservice.DestinationSummary;
import travel.confidence.console.decisionservice.RecordedDecisionService;

/**
 * The home view against the real decision service, and a console whose service goes away (a console of its
 * own, pointed at a recorded stand-in that the test stops).
 */
class HomeViewIT extends BrowserTest {

    private static final String SERVICE_UNREACHABLE =
            "The decision service is not reachable right now. Please check that it is running and try again.";

    private RecordedDecisionService recordedService;
    private ConsoleProcess consoleOnRecordedService;

    @AfterAll
    void stopTheStandIn() {
        if (consoleOnRecordedService != null) {
            consoleOnRecordedService.close();
        }
        if (recordedService != null) {
            recordedService.close();
        }
    }

    @Test
    void the_home_view_shows_the_live_version_and_the_first_destinations_from_the_decision_service() throws Exception {
        DestinationPage fromService = firstFiveDestinationsStraightFromTheService();
        List<String> expectedNames = fromService.items().stream().map(DestinationSummary::name).toList();
        assertThat(expectedNames).hasSize(5).allSatisfy(name -> assertThat(name).isNotBlank());

        signedInAsAdmin().awaitHeading("Confidence Engine console");
        List<String> cells = page.awaitGridCells("destinations", expectedNames);

        assertThat(cells).containsAll(expectedNames).contains("Destination", "Region");
        assertThat(page.awaitText("destinations-summary"))
                .isEqualTo("The first 5 of %d destinations in the catalogue.", fromService.total());
        assertThat(page.awaitText("home-live")).startsWith("Live: " + stack.adminApi().live().get("version"));
        assertThat(page.awaitText("signed-in-as")).isEqualTo("admin · admin");
        assertThat(page.title()).isEqualTo("Home · Confidence Engine console");
        assertThat(page.shadowPart("vaadin-app-layout", "navbar").isDisplayed())
                .as("the pre-compiled bundle upgraded the app layout").isTrue();
        page.screenshot("home");
    }

    @Test
    void when_the_decision_service_is_not_reachable_signing_in_says_so_plainly() throws IOException {
        recordedService = RecordedDecisionService.answeringDestinationsWith("first-five-destinations.json");
        consoleOnRecordedService = ConsoleProcess.start("console-on-recorded-service", recordedService.url());
        consoleOnRecordedService.awaitReady();
        recordedService.close();

        page.open(consoleOnRecordedService.url().resolve("login"));
        page.submitLogin("admin", "whatever-it-is");

        assertThat(page.awaitNotification()).isEqualTo(SERVICE_UNREACHABLE);
        assertThat(page.bodyText()).doesNotContain("Exception", "at travel.", "at io.micronaut");
        assertThat(consoleOnRecordedService.logTail()).contains("The decision service is unreachable");
        page.screenshot("login-service-down");
    }

    private DestinationPage firstFiveDestinationsStraightFromTheService() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(stack.serviceUrl().resolve("/api/destinations?size=5")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.createDefault().readValue(response.body(), DestinationPage.class);
    }
}
