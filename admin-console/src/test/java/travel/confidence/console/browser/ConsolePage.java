package travel.confidence.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The console as a browser shows it. Vaadin components render their own markup into shadow roots; the
 * console's text (headings, grid cells, messages) stays in the light DOM, so waits look there, and
 * {@link #shadowPart} reaches inside a component when a test needs its rendering.
 */
final class ConsolePage {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    ConsolePage(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    ConsolePage open(URI url) {
        driver.get(url.toString());
        return this;
    }

    /** Waits until Vaadin has rendered a view: an element with this text inside the main layout. */
    ConsolePage awaitHeading(String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-app-layout//h2[normalize-space()='" + text + "']")));
        return this;
    }

    /** Waits until the grid shows every one of these texts in its cells, then returns all cell texts. */
    List<String> awaitGridCells(String gridId, List<String> texts) {
        By cells = By.cssSelector("#" + gridId + " vaadin-grid-cell-content");
        wait.until(d -> textsOf(d.findElements(cells)).containsAll(texts));
        return textsOf(driver.findElements(cells));
    }

    ConsolePage reload() {
        driver.navigate().refresh();
        return this;
    }

    void click(String elementId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(elementId))).click();
    }

    /** Waits for a notification to open and returns its text (the card lives in an overlay on the body). */
    String awaitNotification() {
        By card = By.tagName("vaadin-notification-card");
        // "opening" is set while the card animates in; a screenshot taken then shows it half drawn.
        wait.until(d -> d.findElements(card).stream()
                .anyMatch(c -> !textOf(c).isBlank() && c.getDomAttribute("opening") == null));
        return driver.findElements(card).stream().map(ConsolePage::textOf).filter(t -> !t.isBlank())
                .findFirst().orElseThrow();
    }

    String awaitText(String elementId) {
        By element = By.id(elementId);
        wait.until(d -> !textOf(d.findElement(element)).isBlank());
        return textOf(driver.findElement(element));
    }

    /** An element in a component's shadow root, found by its part name. */
    WebElement shadowPart(String hostTag, String part) {
        SearchContext shadowRoot = driver.findElement(By.tagName(hostTag)).getShadowRoot();
        return shadowRoot.findElement(By.cssSelector("[part~='" + part + "']"));
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String title() {
        return driver.getTitle();
    }

    /**
     * Waits until no Flow client has a server round trip in flight and Vaadin has hidden its loading bar (it
     * sets an inline display: none; the theme keeps the computed value at block), so a screenshot shows the
     * settled page.
     */
    ConsolePage awaitIdle() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) { return false; }
                const busy = Object.values(flow.clients).some(client => client.isActive && client.isActive());
                const bar = document.querySelector('.v-loading-indicator');
                return !busy && (!bar || bar.style.display === 'none');
                """)));
        return this;
    }

    /** Saves a screenshot of the settled page under the screenshots directory. */
    Path screenshot(String name) {
        awaitIdle();
        try {
            Path directory = Files.createDirectories(BrowserTestSettings.screenshotDirectory());
            Path target = directory.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the screenshot " + name, e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    private static List<String> textsOf(List<WebElement> elements) {
        return elements.stream().map(ConsolePage::textOf).toList();
    }

    private static String textOf(WebElement element) {
        String text = element.getDomProperty("textContent");
        return text == null ? "" : text.strip();
    }
}
