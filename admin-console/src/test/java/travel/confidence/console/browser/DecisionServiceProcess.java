package travel.confidence.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The real decision service from its runnable jar, on a free loopback port with a fresh data directory, so
 * it loads the bundled open data into empty embedded stores like a first start.
 */
final class DecisionServiceProcess implements AutoCloseable {

    private final JarProcess process;
    private final URI url;
    private final Path dataDirectory;

    private DecisionServiceProcess(JarProcess process, URI url, Path dataDirectory) {
        this.process = process;
        this.url = url;
        this.dataDirectory = dataDirectory;
    }

    static DecisionServiceProcess start() {
        int port = FreePort.pick();
        Path dataDirectory = freshDataDirectory();
        // The embedded document store's 2 s default wait fails the start on a busy build machine, where
        // three JVMs boot at once; the tests allow it more time. Every test signs in from the same loopback
        // address, faster than the 5 a minute one address may try: the limit itself is the service's tests' job.
        JarProcess process = JarProcess.start("decision-service", BrowserTestSettings.decisionServiceJar(),
                List.of("-Dmicronaut.server.port=" + port, "-Dconfidence.data-dir=" + dataDirectory,
                        "-Dconfidence.mongo.timeout-millis=30000",
                        "-Dconfidence.security.trusted-proxies=127.0.0.1",
                        "-Dconfidence.security.rate-limits.login-per-minute=600",
                        "-Dconfidence.security.rate-limits.login-burst=100"), Map.of());
        return new DecisionServiceProcess(process, URI.create("http://127.0.0.1:" + port), dataDirectory);
    }

    /** Blocks until the catalogue answers; the service loads the open data before it listens. */
    Duration awaitReady() {
        return process.awaitOk(url.resolve("/api/destinations?size=1"), Duration.ofMinutes(3));
    }

    URI url() {
        return url;
    }

    /** Where the service keeps its stores, and writes the first admin's password on a first start. */
    Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        process.close();
    }

    private static Path freshDataDirectory() {
        try {
            Path workDirectory = Files.createDirectories(BrowserTestSettings.workDirectory());
            return Files.createTempDirectory(workDirectory, "decision-service-data-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("No data directory for the decision service", e);
        }
    }
}
