package travel.confidence.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium through the installed chromedriver. Giving Selenium both the driver and the browser
 * binary keeps Selenium Manager from downloading anything; a fresh profile keeps runs independent.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        Path workDirectory = BrowserTestSettings.workDirectory();
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserTestSettings.chromedriver().toFile())
                .usingAnyFreePort()
                .withLogFile(workDirectory.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTestSettings.chromium().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + freshProfile(workDirectory), "--window-size=1280,800");
        ChromeDriver driver = new ChromeDriver(driverService, options);
        // The window size includes the browser's own frame; the page itself gets exactly this, so every
        // screenshot is 1280x800.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        return driver;
    }

    private static Path freshProfile(Path workDirectory) {
        try {
            return Files.createTempDirectory(Files.createDirectories(workDirectory), "chromium-profile-")
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("No profile directory for Chromium", e);
        }
    }
}
