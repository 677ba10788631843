package travel.confidence.data.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A fresh data directory for the embedded stores of one test context. */
public final class TestDataDir {

    private TestDataDir() {
    }

    public static String create() {
        try {
            return Files.createTempDirectory("confidence-adapters-test").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
