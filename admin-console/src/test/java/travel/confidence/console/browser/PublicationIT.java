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
        // A second draft whose weights differ, so its impact preview has something to show.
        long heavierSafety = stack.adminApi().newDraftFromLive("Safety weighs more");
        stack.adminApi().moveWeight(heavierSafety, "crowdDensity", "safetyIndex", 0.05);
        String version = "v" + draft;
        signedInAsAdmin();

        page.open(console().resolve("rules?version=" + draft)).awaitHeading("Rules");
        assertThat(page.awaitTextContaining("selected-version", version)).contains("(draft)", "by admin");
        page.awaitGridCells("versions", java.util.List.of(version, "Publication test"));
        page.screenshot("rules");
        assertThat(workbookThroughTheConsole()).as("an XLSX file (a zip)").startsWith("PK");

        page.click("validate-version");
        String validated = page.awaitNotificationContaining(version + " ", SLOW_WORK);
        assertThat(validated).as(() -> "the validation report: " + page.bodyText())
                .isEqualTo(version + " passes every check and is now validated.");
        assertThat(stack.adminApi().status(draft)).isEqualTo("validated");
        assertThat(page.awaitText("validation-verdict")).isEqualTo("passes every check");
        page.screenshot("rules-validation", By.id("validation-report"));

        page.open(console().resolve("impact?version=" + heavierSafety)).awaitHeading("Impact");
        page.click("run-impact");
        assertThat(page.awaitTextContaining("impact-progress-text", "Done", SLOW_WORK)).contains("decisions compared");
        assertThat(page.awaitText("impact-headline")).startsWith("v" + heavierSafety + " against ");
        assertThat(page.awaitText("impact-movers")).isNotBlank();
        page.await(By.id("impact-distribution"));
        page.screenshot("impact", By.id("impact-distribution"));

        page.open(console().resolve("impact?version=" + draft)).awaitHeading("Impact");

        page.click("publish-version");
        page.awaitDialogOpened();
        page.click("confirm-publish");
        assertThat(page.awaitNotificationContaining(" is live", SLOW_WORK)).isEqualTo(version + " is live.");
        assertThat(page.awaitTextContaining("live-status", "Live: " + version + ",")).contains("by admin");
        assertThat(stack.adminApi().live().get("version")).isEqualTo(version);
    }

    /**
     * Opens the Workbook tab and fetches its download link in the signed-in browser, as a click would: the
     * console fetches the workbook from the service with the session's token. Returns the first bytes as text.
     */
    private String workbookThroughTheConsole() {
        browser.findElements(By.tagName("vaadin-tab")).stream()
                .filter(tab -> ConsolePage.textOf(tab).equals("Workbook")).findFirst().orElseThrow().click();
        String href = page.await(By.id("download-workbook")).getDomProperty("href");
        Object head = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer())
                    .then(b => done(b.byteLength > 1000 ? String.fromCharCode(...new Uint8Array(b.slice(0, 4))) : 'short'))
                    .catch(e => done('failed: ' + e));
                """, href);
        return String.valueOf(head);
    }
}
