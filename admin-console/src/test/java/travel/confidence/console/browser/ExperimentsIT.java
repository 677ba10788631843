package travel.confidence.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Experiments: an admin creates an A/B test of the live version against a validated one in the console's
 * dialog (control first, half the users each) and starts it; the service runs it.
 */
class ExperimentsIT extends BrowserTest {

    private static final String NAME = "IT safety-first candidate";

    @Test
    void an_admin_creates_an_experiment_and_starts_it() {
        long candidate = stack.adminApi().newDraftFromLive("Experiment candidate");
        assertThat(stack.adminApi().validate(candidate)).as("the candidate passes validation").isTrue();

        signedInAsAdmin();
        page.view(console(), "experiments", "Experiments");
        page.click("new-experiment");
        page.awaitDialogOpened();
        page.type("experiment-name", NAME);
        assertThat(page.awaitText("experiment-shares-total")).isEqualTo("Shares add up to 1");
        page.click("create-experiment");

        assertThat(page.awaitNotificationContaining("Created", Duration.ofSeconds(30)))
                .isEqualTo("Created " + NAME + "; start it when ready.");
        assertThat(page.awaitTextContaining("experiment-title", NAME)).isEqualTo(NAME);
        assertThat(page.awaitText("experiment-status")).isEqualTo("draft");

        page.click("start-experiment");
        page.awaitDialogOpened();
        page.click("confirm-start-experiment");
        assertThat(page.awaitNotificationContaining("is running", Duration.ofSeconds(30))).isEqualTo(NAME + " is running.");
        assertThat(page.awaitTextContaining("experiment-status", "running")).isEqualTo("running");
        page.awaitGridCells("metrics-grid", List.of("control (control)", "candidate"));
        page.screenshot("experiments", org.openqa.selenium.By.id("metrics-grid"));

        Map<String, Object> started = stack.adminApi().experiments().stream()
                .filter(e -> NAME.equals(e.get("name"))).findFirst().orElseThrow();
        assertThat(started).containsEntry("status", "running");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> variants = (List<Map<String, Object>>) started.get("variants");
        assertThat(variants).extracting(v -> v.get("name"), v -> ((Number) v.get("versionId")).longValue())
                .contains(org.assertj.core.groups.Tuple.tuple("candidate", candidate));
    }
}
