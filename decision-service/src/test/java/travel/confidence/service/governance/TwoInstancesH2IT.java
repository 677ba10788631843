package travel.confidence.service.governance;

import java.nio.file.Path;
import java.util.Map;

/** Two instances on one H2 file database (the embedded default), opened by both from the same process. */
class TwoInstancesH2IT extends TwoInstancesContract {

    @Override
    Map<String, Object> datasource(Path dir) {
        return Map.of("datasources.default.url", "jdbc:h2:file:" + dir.resolve("relational/shared").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
