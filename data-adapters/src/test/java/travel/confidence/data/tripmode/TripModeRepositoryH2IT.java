package travel.confidence.data.tripmode;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Trip modes on the embedded default: an H2 file database in PostgreSQL mode. */
class TripModeRepositoryH2IT extends TripModeRepositoryContract {

    @TempDir
    static Path dataDir;

    @Override
    Map<String, Object> datasource() {
        return Map.of(
                "datasources.default.url", "jdbc:h2:file:" + dataDir.resolve("relational/confidence").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "datasources.default.driver-class-name", "org.h2.Driver",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "datasources.default.dialect", "POSTGRES");
    }
}
