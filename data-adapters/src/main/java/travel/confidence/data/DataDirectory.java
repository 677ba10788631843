package travel.confidence.data;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;

/**
 * The directory the embedded stores keep their files in (the H2 database and the embedded document store),
 * so that data survives a restart. Production points the stores elsewhere and leaves this unused.
 */
@ConfigurationProperties(DataDirectory.PREFIX)
public record DataDirectory(Path dataDir) {

    public static final String PREFIX = "confidence";

    public DataDirectory {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
