package travel.confidence.console.browser;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test of a view shares: the run's one service and console, a fresh headless Chromium per
 * test (no cookies carried over), and signing in as one of the stack's accounts.
 */
@ExtendWith(SharedConsoleStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    ConsoleStack stack;
    ChromeDriver browser;
    ConsolePage page;

    @BeforeAll
    void useTheSharedStack(ConsoleStack shared) {
        this.stack = shared;
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        page = new ConsolePage(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    URI console() {
        return stack.consoleUrl();
    }

    ConsolePage signedInAsAdmin() {
        return page.signIn(console(), ConsoleStack.ADMIN, stack.adminPassword());
    }

    ConsolePage signedInAsEditor() {
        return page.signIn(console(), ConsoleStack.EDITOR, stack.editorPassword());
    }
}
