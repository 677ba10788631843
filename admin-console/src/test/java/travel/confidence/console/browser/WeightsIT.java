package travel.confidence.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Weights: a new draft from the live version, two weights moved so they still add up to 1, the preview of the
 * sample moves at once, and saving writes them to the draft in the service.
 */
class WeightsIT extends BrowserTest {

    private static final BigDecimal STEP = new BigDecimal("0.050");

    @Test
    void moving_weight_from_crowds_to_safety_moves_the_preview_and_saves_to_the_draft() {
        signedInAsAdmin();
        page.view(console(), "weights", "Weights");
        page.click("new-draft-from-live");
        page.awaitNotification();
        String safetyText = page.until(d -> nonBlank(d.findElement(By.cssSelector("#weight-safetyIndex input")).getDomProperty("value")));
        BigDecimal safety = new BigDecimal(safetyText);
        BigDecimal crowds = new BigDecimal(browser.findElement(By.cssSelector("#weight-crowdDensity input")).getDomProperty("value"));
        assertThat(crowds).isGreaterThanOrEqualTo(STEP);
        page.awaitTextContaining("weights-total", "adds up to 1");
        page.until(d -> cellTexts().size() > 20);
        assertThat(movedScores()).as("nothing moves before a weight changes").isEmpty();

        page.type("weight-safetyIndex", safety.add(STEP).toPlainString());
        assertThat(page.awaitTextContaining("weights-total", "must add up to exactly 1")).contains("take away 0.05");
        assertThat(page.awaitText("weights-preview-note")).contains("waits until they add up to 1");

        page.type("weight-crowdDensity", crowds.subtract(STEP).toPlainString());
        page.awaitTextContaining("weights-total", "adds up to 1");
        List<String> moved = page.until(d -> movedScores().isEmpty() ? null : movedScores());
        assertThat(moved).allSatisfy(change -> assertThat(change).matches("[+-]\\d+\\.\\d"));
        page.screenshot("weights", By.id("weights-preview"));

        page.click("save-weights");
        assertThat(page.awaitNotificationContaining("Saved the weights", java.time.Duration.ofSeconds(30))).startsWith("Saved the weights of v");
        long draft = newestDraft();
        Map<String, Double> saved = stack.adminApi().weights(draft);
        assertThat(BigDecimal.valueOf(saved.get("safetyIndex"))).isEqualByComparingTo(safety.add(STEP));
        assertThat(BigDecimal.valueOf(saved.get("crowdDensity"))).isEqualByComparingTo(crowds.subtract(STEP));
    }

    /** The "Change" cells of the preview that moved: "+1.2", "-0.4" (unchanged ones read "0.0"). */
    private List<String> movedScores() {
        return cellTexts().stream().filter(t -> t.matches("[+-]\\d+\\.\\d")).toList();
    }

    private List<String> cellTexts() {
        return browser.findElements(By.cssSelector("#weights-preview vaadin-grid-cell-content")).stream()
                .map(ConsolePage::textOf).toList();
    }

    private long newestDraft() {
        String caption = browser.findElement(By.cssSelector("#weights-draft input")).getDomProperty("value");
        return Long.parseLong(caption.substring(1, caption.indexOf(' ')));
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
