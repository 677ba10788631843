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
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
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
        // Vaadin re-renders grids and overlays while a condition is polled: an element gone stale means "look again".
        this.wait.ignoring(StaleElementReferenceException.class);
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

    /**
     * Signs in through the login view: the login form keeps its fields in its shadow root, the text fields
     * their inputs in their light DOM. Waits until the console has left the login view.
     */
    ConsolePage signIn(URI console, String username, String password) {
        open(console.resolve("login"));
        submitLogin(username, password);
        try {
            wait.until(d -> !d.getCurrentUrl().contains("/login"));
        } catch (TimeoutException stillOnLogin) {
            // Say what the login page said (a refusal, a limit, an error), not only that it did not move on.
            throw new AssertionError("Still on the sign-in page as " + username + ": " + bodyText(), stillOnLogin);
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        return this;
    }

    /** Fills the login form on the open page and submits it with Enter. */
    void submitLogin(String username, String password) {
        loginField("vaadinLoginUsername").sendKeys(username);
        loginField("vaadinLoginPassword").sendKeys(password, Keys.ENTER);
    }

    /** An input of the login form, once the form has rendered it (in its shadow root, or slotted). */
    private WebElement loginField(String fieldId) {
        By input = By.cssSelector("#" + fieldId + " input");
        return wait.until(d -> {
            List<WebElement> slotted = d.findElements(input);
            if (!slotted.isEmpty()) {
                return slotted.get(0);
            }
            SearchContext shadow = d.findElement(By.id("login-form")).getShadowRoot();
            return shadow.findElement(input);
        });
    }

    /** Opens a view of the console by its route and waits for its heading. */
    ConsolePage view(URI console, String route, String heading) {
        open(console.resolve(route));
        return awaitHeading(heading);
    }

    /** Types into a Vaadin field (its input is in the light DOM) and commits the value with Tab. */
    void type(String fieldId, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Waits until an element's text contains {@code part}, then returns the whole text. */
    String awaitTextContaining(String elementId, String part) {
        return awaitTextContaining(elementId, part, PATIENCE);
    }

    String awaitTextContaining(String elementId, String part, Duration patience) {
        WebDriverWait wait = new WebDriverWait(driver, patience);
        wait.ignoring(StaleElementReferenceException.class);
        By element = By.id(elementId);
        wait.until(d -> !d.findElements(element).isEmpty() && textOf(d.findElement(element)).contains(part));
        return textOf(driver.findElement(element));
    }

    /** Waits for an element to be present and returns it. */
    WebElement await(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Waits until a condition on the driver holds. */
    <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return wait.until(condition::apply);
    }

    /** Waits until a dialog's overlay has finished opening, so a screenshot shows it whole. */
    ConsolePage awaitDialogOpened() {
        wait.until(d -> d.findElements(By.tagName("vaadin-dialog-overlay")).stream()
                .anyMatch(o -> o.getDomAttribute("opened") != null && o.getDomAttribute("opening") == null));
        return this;
    }

    ConsolePage reload() {
        driver.navigate().refresh();
        return this;
    }

    /**
     * Clicks an element once it is enabled. A notification in the corner may lie over it: the element is then
     * scrolled to the middle of the window and clicked again.
     */
    void click(String elementId) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(elementId)));
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            wait.ignoring(ElementClickInterceptedException.class).until(d -> {
                element.click();
                return true;
            });
        }
    }

    /** Waits for a notification to open and returns its text (the card lives in an overlay on the body). */
    String awaitNotification() {
        return awaitNotification(PATIENCE);
    }

    /** As {@link #awaitNotification()}, for a notification that comes after slow work in the service. */
    String awaitNotification(Duration patience) {
        WebDriverWait wait = new WebDriverWait(driver, patience);
        wait.ignoring(StaleElementReferenceException.class);
        By card = By.tagName("vaadin-notification-card");
        // "opening" is set while the card animates in; a screenshot taken then shows it half drawn.
        wait.until(d -> d.findElements(card).stream()
                .anyMatch(c -> !textOf(c).isBlank() && c.getDomAttribute("opening") == null));
        return driver.findElements(card).stream().map(ConsolePage::textOf).filter(t -> !t.isBlank())
                .findFirst().orElseThrow();
    }

    /** Waits for a notification whose text contains {@code part} (earlier ones may still be showing). */
    String awaitNotificationContaining(String part, Duration patience) {
        WebDriverWait wait = new WebDriverWait(driver, patience);
        wait.ignoring(StaleElementReferenceException.class);
        By card = By.tagName("vaadin-notification-card");
        return wait.until(d -> d.findElements(card).stream()
                .filter(c -> textOf(c).contains(part) && c.getDomAttribute("opening") == null)
                .map(ConsolePage::textOf).findFirst().orElse(null));
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

    /** Scrolls the view so that the element's bottom is in sight, then saves a screenshot. */
    Path screenshot(String name, By showing) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'end'})", driver.findElement(showing));
        return screenshot(name);
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

    static String textOf(WebElement element) {
        String text = element.getDomProperty("textContent");
        return text == null ? "" : text.strip();
    }
}
