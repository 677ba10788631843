package travel.confidence.data.opendata;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;

/**
 * Where the open data comes from: {@code dir} may name a directory holding newer downloads in the sources'
 * own layouts (same file names as the bundled copy); files not there come from the bundled copy.
 */
@ConfigurationProperties(OpenDataSettings.PREFIX)
public record OpenDataSettings(@Nullable Path dir) {

    public static final String PREFIX = "confidence.open-data";

    public OpenDataFiles files() {
        return dir == null ? OpenDataFiles.bundled() : OpenDataFiles.overriddenBy(dir);
    }
}
