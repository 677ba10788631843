package travel.confidence.service.governance;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Map;

/**
 * Two instances on one real PostgreSQL. {@code .ci/run} starts a throwaway PostgreSQL and passes it in through
 * the environment; without it this test fails rather than skips, so a green build always means PostgreSQL was
 * tested.
 */
class TwoInstancesPostgresIT extends TwoInstancesContract {

    @Override
    Map<String, Object> datasource(Path dir) {
        return Map.of(
                "datasources.default.url", required("CONFIDENCE_TEST_PG_URL"),
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.username", required("CONFIDENCE_TEST_PG_USER"),
                "datasources.default.password", required("CONFIDENCE_TEST_PG_PASSWORD"),
                "datasources.default.dialect", "POSTGRES");
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fail(variable + " is not set: this test needs a real PostgreSQL. Run .ci/run, which starts a"
                    + " throwaway PostgreSQL and sets CONFIDENCE_TEST_PG_URL, CONFIDENCE_TEST_PG_USER and"
                    + " CONFIDENCE_TEST_PG_PASSWORD.");
        }
        return value;
    }
}
