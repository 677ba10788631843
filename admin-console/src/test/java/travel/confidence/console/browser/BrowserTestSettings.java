package travel.confidence.console.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the browser tests find the jars, the browser and the driver, and where they write logs and
 * screenshots. Failsafe sets the jar and directory properties (see the module's pom); the browser and
 * driver default to the Debian packages' paths.
 */
final class BrowserTestSettings {

    private BrowserTestSettings() {
    }

    static Path decisionServiceJar() {
        return existingFile("decision-service.jar");
    }

    static Path consoleJar() {
        return existingFile("console.jar");
    }

    static Path chromium() {
        return Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    }

    static Path workDirectory() {
        return Path.of(System.getProperty("it.work.dir", "target/it"));
    }

    static Path screenshotDirectory() {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    }

    private static Path existingFile(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name a built jar (it is '"
                    + value + "'); run the browser tests through 'mvn -pl admin-console -am verify'");
        }
        return Path.of(value);
    }
}
