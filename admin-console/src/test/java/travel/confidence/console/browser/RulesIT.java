package travel.confidence.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Editing rules as an editor: a DRL file of a draft changed in the console, saved to the service, and the
 * validation's compile feedback shown on the file with the rule's name and line.
 */
class RulesIT extends BrowserTest {

    private static final Duration SLOW_WORK = Duration.ofMinutes(3);

    @Test
    void a_broken_rule_saved_in_a_draft_is_reported_with_its_name_and_line() {
        long draft = stack.adminApi().newDraftFromLive("Broken rule");
        String version = "v" + draft;
        signedInAsEditor();
        page.open(console().resolve("rules?version=" + draft)).awaitHeading("Rules");
        assertThat(page.awaitTextContaining("rule-file-state", "Editing drl/")).endsWith("of draft " + version + ".");

        WebElement text = page.await(By.cssSelector("#rule-file-text textarea"));
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        text.sendKeys(Keys.ENTER, "rule \"Broken on purpose\"", Keys.ENTER, "when", Keys.ENTER,
                "    NoSuchFact( )", Keys.ENTER, "then", Keys.ENTER, "end", Keys.ENTER, Keys.TAB);
        page.click("save-rule-file");
        assertThat(page.awaitNotificationContaining("Saved drl/", Duration.ofSeconds(30)))
                .endsWith(" in " + version + ". Validate to check it.");

        page.click("validate-version");
        assertThat(page.awaitNotificationContaining(version + " has ", SLOW_WORK)).endsWith("problem(s); see the report.");
        assertThat(stack.adminApi().status(draft)).isEqualTo("draft");
        assertThat(page.awaitText("validation-verdict")).matches("\\d+ problems?");

        browser.findElements(By.tagName("vaadin-tab")).stream()
                .filter(tab -> ConsolePage.textOf(tab).equals("Files")).findFirst().orElseThrow().click();
        String problems = page.awaitText("rule-file-problems");
        assertThat(problems).contains("Line ", "compile").containsIgnoringCase("Broken on purpose");
        page.screenshot("rules-compile-feedback", By.id("rule-file-problems"));
    }
}
