package travel.confidence.service.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fresh data directory for the embedded stores of one test context, and a free port: a service already
 * running on the machine must not make a test fail.
 */
public final class TemporaryDataDir {

    private TemporaryDataDir() {
    }

    public static Map<String, String> properties() {
        try {
            Path dir = Files.createTempDirectory("confidence-test");
            return Map.of("confidence.data-dir", dir.toString(), "micronaut.server.port", "-1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
