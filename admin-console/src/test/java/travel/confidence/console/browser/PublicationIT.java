package travel.confidence.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * From a draft to the live version, as an admin does it in the console: validate it in the Rules view, run an
 * impact preview against the live version, publish it, and see it live.
 */
class PublicationIT extends BrowserTest {

    private static final Duration SLOW_WORK = Duration.ofMinutes(3);

    @Test
    void an_admin_validates_a_draft_previews_its_impact_and_publishes_it() {
        long draft = stack.adminApi().newDraftFromLive("Publication test");
        String version = "v" + draft;
        signedInAsAdmin();

        page.open(console().resolve("rules?version=" + draft)).awaitHeading("Rules");
        assertThat(page.awaitTextContaining("selected-version", version)).contains("(draft)", "by admin");
        page.awaitGridCells("versions", java.util.List.of(version, "Publication test"));
        page.screenshot("rules");

        page.click("validate-version");
        assertThat(page.awaitNotificationContaining(version + " passes", SLOW_WORK))
                .isEqualTo(version + " passes every check and is now validated.");
        assertThat(stack.adminApi().status(draft)).isEqualTo("validated");
        assertThat(page.awaitText("validation-verdict")).isEqualTo("passes every check");
        page.screenshot("rules-validation", By.id("validation-report"));

        page.open(console().resolve("impact?version=" + draft)).awaitHeading("Impact");
        page.click("run-impact");
        assertThat(page.awaitTextContaining("impact-progress-text", "Done", SLOW_WORK)).contains("decisions compared");
        assertThat(page.awaitText("impact-headline")).isNotBlank();
        page.await(By.id("impact-distribution"));
        page.screenshot("impact");

        page.click("publish-version");
        page.awaitDialogOpened();
        page.click("confirm-publish");
        assertThat(page.awaitNotificationContaining(" is live", SLOW_WORK)).isEqualTo(version + " is live.");
        assertThat(page.awaitTextContaining("live-status", "Live: " + version + ",")).contains("by admin");
        assertThat(stack.adminApi().live().get("version")).isEqualTo(version);
    }
}
