package travel.confidence.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The quarantine: a signal no real traveller could send (stamped far in the future) arrives through the public
 * API, the service holds it, and an editor finds it by traveller and approves it with a reason.
 */
class QuarantineIT extends BrowserTest {

    private static final String TRAVELLER = "it-time-traveller";
    private static final String FAR_FUTURE = "2099-06-01T10:00:00Z";

    @Test
    void an_editor_approves_a_signal_held_for_its_future_timestamp() {
        stack.adminApi().trackSignal(TRAVELLER, "JP", FAR_FUTURE);
        stack.adminApi().trackSignal("it-other-traveller", "PT", "2098-01-01T08:30:00Z");
        List<Map<String, Object>> held = stack.adminApi().quarantinedRecordsOf(TRAVELLER);
        assertThat(held).hasSize(1);
        assertThat(held.get(0)).containsEntry("status", "pending").containsEntry("reasons", List.of("FUTURE_TIMESTAMP"));

        signedInAsEditor();
        page.view(console(), "quarantine", "Quarantine");
        page.awaitGridCells("quarantine-grid", List.of(TRAVELLER, "it-other-traveller"));
        page.screenshot("quarantine");

        page.type("filter-user", TRAVELLER);
        assertThat(page.awaitTextContaining("quarantine-count", "of 1")).isEqualTo("1-1 of 1");
        List<String> cells = page.awaitGridCells("quarantine-grid", List.of(TRAVELLER, "JP"));
        assertThat(cells).noneMatch(text -> text.contains("it-other-traveller"));
        // The header's select-all box comes first; the grid keeps hidden spare rows for scrolling.
        List<WebElement> checkboxes = browser.findElements(By.cssSelector("#quarantine-grid vaadin-checkbox")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(checkboxes).hasSize(2);
        checkboxes.get(1).click();

        page.click("approve-selected");
        page.awaitDialogOpened();
        page.type("quarantine-decision-reason", "Clock skew on a test device");
        page.click("quarantine-decision-confirm");

        assertThat(page.awaitNotificationContaining("Approved", Duration.ofSeconds(30))).isEqualTo("Approved 1 of 1 record.");
        assertThat(page.awaitTextContaining("quarantine-count", "No records")).isEqualTo("No records match.");
        Map<String, Object> decided = stack.adminApi().quarantinedRecordsOf(TRAVELLER).get(0);
        assertThat(decided).containsEntry("status", "approved").containsEntry("decidedBy", ConsoleStack.EDITOR)
                .containsEntry("decisionReason", "Clock skew on a test device");
    }
}
