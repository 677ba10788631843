package travel.confidence.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The preview: cards scored by the real service for a persona and dates, whose badge, meter and number agree
 * (seed Property 4), and the breakdown dialog, opened by mouse or keyboard, whose contributions add up to the
 * score (Property 5).
 */
class PreviewIT extends BrowserTest {

    private static final List<String> FIRST_CHOICE = List.of("JP", "PT", "TH");

    @Test
    void every_card_shows_one_number_on_its_badge_its_meter_and_its_score() {
        signedInAsAdmin();
        page.view(console(), "preview", "Preview");

        for (String destination : FIRST_CHOICE) {
            WebElement card = page.await(By.id("card-" + destination));
            String number = ConsolePage.textOf(card.findElement(By.className("card-score")));
            WebElement badge = card.findElement(By.className("confidence-badge"));
            WebElement meter = card.findElement(By.className("confidence-meter"));

            assertThat(number).matches("\\d{1,3}\\.\\d");
            assertThat(badge.getDomAttribute("data-score")).isEqualTo(number);
            assertThat(badge.getDomAttribute("aria-label")).startsWith("Confidence " + number + ", ");
            assertThat(ConsolePage.textOf(badge)).startsWith(number + " · ");
            assertThat(meter.getDomAttribute("role")).isEqualTo("meter");
            assertThat(meter.getDomAttribute("aria-valuenow")).isEqualTo(number);
            assertThat(meter.getDomAttribute("aria-label")).isEqualTo("Confidence meter, " + number + " out of 100");
            assertThat(card.getDomAttribute("aria-label")).contains("Confidence " + number);
        }
        assertThat(page.awaitText("preview-summary")).startsWith("3 destinations for mid-range, couple");
        page.screenshot("preview", By.id("cards"));
    }

    @Test
    void the_breakdown_lists_eight_factors_whose_contributions_add_up_to_the_score() {
        signedInAsAdmin();
        page.view(console(), "preview", "Preview");
        WebElement card = page.await(By.id("card-JP"));
        String cardNumber = ConsolePage.textOf(card.findElement(By.className("card-score")));
        card.click();

        page.awaitDialogOpened();
        WebElement dialog = page.await(By.id("breakdown-dialog"));
        List<WebElement> factors = page.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#breakdown-factors .breakdown-factor"));
            return rows.size() == 8 ? rows : null;
        });
        BigDecimal sum = factors.stream()
                .map(row -> new BigDecimal(ConsolePage.textOf(row.findElement(By.className("breakdown-contribution")))))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String sumText = page.awaitText("breakdown-sum");
        assertThat(sumText).isEqualTo("The contributions add up to " + sum.toPlainString() + ", the base score "
                + sum.toPlainString() + ".");
        assertThat(browser.findElements(By.cssSelector("#breakdown-adjustments tbody tr")))
                .as("with no adjustments, the base score is the score on the card")
                .satisfiesAnyOf(rows -> assertThat(rows).isNotEmpty(),
                        rows -> assertThat(sum.toPlainString()).isEqualTo(cardNumber));

        WebElement badge = browser.findElement(By.cssSelector("vaadin-dialog-overlay .confidence-badge"));
        WebElement meter = browser.findElement(By.cssSelector("vaadin-dialog-overlay .confidence-meter"));
        assertThat(badge.getDomAttribute("data-score")).isEqualTo(cardNumber);
        assertThat(meter.getDomAttribute("aria-valuenow")).isEqualTo(cardNumber);
        assertThat(dialog.getDomProperty("headerTitle")).isEqualTo("Japan: confidence " + cardNumber + ", " + badgeName(badge));
        assertThat(page.bodyText()).contains("Source:");
        page.screenshot("preview-breakdown");
    }

    @Test
    void the_breakdown_opens_from_the_keyboard_and_escape_closes_it() {
        signedInAsAdmin();
        page.view(console(), "preview", "Preview");
        WebElement card = page.await(By.id("card-PT"));

        browser.executeScript("arguments[0].focus()", card);
        card.sendKeys(Keys.ENTER);
        page.awaitDialogOpened();
        assertThat(page.await(By.id("breakdown-dialog"))).isNotNull();
        page.await(By.id("breakdown-factors"));

        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        page.until(d -> d.findElements(By.id("breakdown-factors")).isEmpty());
        assertThat(browser.findElements(By.id("breakdown-dialog"))).isEmpty();
    }

    /** "Confidence 82.4, High" names the badge after the comma. */
    private static String badgeName(WebElement badge) {
        String label = badge.getDomAttribute("aria-label");
        return label.substring(label.indexOf(", ") + 2);
    }
}
