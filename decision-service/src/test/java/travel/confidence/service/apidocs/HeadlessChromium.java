package travel.confidence.service.apidocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium through the installed chromedriver (the Debian packages' paths unless the system
 * properties {@code chromium.binary} / {@code chromedriver.binary} say otherwise). Naming both keeps Selenium
 * from downloading anything; a fresh profile keeps runs independent.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static ChromeDriver start(Path workDirectory, int width, int height) {
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .withLogFile(workDirectory.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium")).toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + freshProfile(workDirectory), "--window-size=" + width + "," + height);
        return new ChromeDriver(driverService, options);
    }

    private static Path freshProfile(Path workDirectory) {
        try {
            return Files.createTempDirectory(Files.createDirectories(workDirectory), "chromium-profile-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("No profile directory for Chromium", e);
        }
    }
}
