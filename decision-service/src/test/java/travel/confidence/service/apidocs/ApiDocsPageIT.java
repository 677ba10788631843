package travel.confidence.service.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * The API documentation page in a real browser: the service started in this JVM, headless Chromium opens the
 * Swagger UI page, every operation of the document is listed, the score endpoint opens with its request
 * examples, and a screenshot is kept ({@code target/screenshots/api-docs.png}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsPageIT {

    private static final Path WORK = Path.of("target", "it");
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "api-docs.png");

    private EmbeddedServer server;
    private ChromeDriver browser;

    @BeforeAll
    void startServiceAndBrowser() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.copyOf(TemporaryDataDir.properties()));
        browser = HeadlessChromium.start(WORK, 1440, 2600);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void the_page_lists_every_endpoint_and_shows_the_request_examples() throws IOException {
        int operations = operationCount(OpenApiDocument.generated());

        browser.get(server.getURI() + ApiDocumentation.UI_PATH);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(b -> b.findElements(By.cssSelector(".opblock")).size() == operations);

        assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).startsWith("Confidence Engine");
        List<String> paths = browser.findElements(By.cssSelector(".opblock .opblock-summary-path")).stream()
                .map(e -> e.getAttribute("data-path")).toList();
        assertThat(paths).contains("/api/confidence/calculate", "/api/preferences/track-implicit",
                "/api/assistant/query", "/api/vr/content/{destinationId}", "/api/admin/login", "/prometheus");
        assertThat(browser.findElements(By.cssSelector(".btn.authorize"))).as("the staff token button").isNotEmpty();

        WebElement calculate = browser.findElement(By.id("operations-Confidence-calculate"));
        calculate.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(b -> calculate.findElements(By.cssSelector(".body-param__example, .examples-select")).size() > 0);
        String shown = calculate.getText();
        assertThat(shown).contains("anonymous traveller").contains("\"destinationId\": \"JP\"")
                .contains("VALIDATION_FAILED").contains("STORE_UNAVAILABLE");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .as("errors in the browser console").noneMatch(entry -> entry.getLevel().intValue() >= 1000);

        browser.executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -300);", calculate);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(50_000);
    }

    private static int operationCount(OpenApiDocument document) {
        int count = 0;
        for (Object item : document.paths().values()) {
            count += ((Map<?, ?>) item).size();
        }
        return count;
    }
}
