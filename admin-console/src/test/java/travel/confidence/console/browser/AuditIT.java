package travel.confidence.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The audit log: a change made through the admin API shows with who made it, and its before and after open in
 * a dialog that the keyboard closes.
 */
class AuditIT extends BrowserTest {

    @Test
    void a_change_shows_in_the_audit_log_with_who_made_it_and_its_before_and_after() {
        long draft = stack.adminApi().newDraftFromLive("Audit test");

        signedInAsEditor();
        page.view(console(), "audit", "Audit");
        List<String> cells = page.awaitGridCells("audit-grid", List.of("admin (admin)", "rule-version " + draft));
        assertThat(cells).contains("version.create");
        assertThat(page.awaitText("audit-count")).isNotBlank();
        page.screenshot("audit");

        browser.findElements(By.cssSelector("#audit-grid vaadin-button.before-after:not([disabled])")).get(0).click();
        page.awaitDialogOpened();
        page.await(By.id("before-after-dialog"));
        page.await(By.id("close-before-after"));
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        page.until(d -> d.findElements(By.id("close-before-after")).isEmpty());
    }
}
