package travel.confidence.service.governance;

import java.nio.file.Path;
import java.util.Map;
import travel.confidence.service.support.CiPostgres;

/**
 * Two instances on one real PostgreSQL. {@code .ci/run} starts a throwaway PostgreSQL and passes it in through
 * the environment; without it this test fails rather than skips, so a green build always means PostgreSQL was
 * tested.
 */
class TwoInstancesPostgresIT extends TwoInstancesContract {

    @Override
    Map<String, Object> datasource(Path dir) {
        return Map.of(
                "datasources.default.url", CiPostgres.url(),
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.username", CiPostgres.user(),
                "datasources.default.password", CiPostgres.password(),
                "datasources.default.dialect", "POSTGRES");
    }
}
