package travel.confidence.console.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The console from its runnable jar, configured the way an operator would: through the documented
 * environment variables.
 */
final class ConsoleProcess implements AutoCloseable {

    private final JarProcess process;
    private final URI url;

    private ConsoleProcess(JarProcess process, URI url) {
        this.process = process;
        this.url = url;
    }

    static ConsoleProcess start(String name, URI decisionService) {
        int port = FreePort.pick();
        JarProcess process = JarProcess.start(name, BrowserTestSettings.consoleJar(),
                List.of("-Dconfidence.console.host=127.0.0.1"),
                Map.of("CONSOLE_PORT", Integer.toString(port), "DECISION_SERVICE_URL", decisionService.toString()));
        return new ConsoleProcess(process, URI.create("http://127.0.0.1:" + port + "/"));
    }

    Duration awaitReady() {
        return process.awaitOk(url, Duration.ofMinutes(2));
    }

    URI url() {
        return url;
    }

    String logTail() {
        return process.logTail();
    }

    @Override
    public void close() {
        process.close();
    }
}
