package travel.confidence.data.tripmode;

import static org.assertj.core.api.Assertions.fail;

import java.util.Map;

/**
 * Trip modes on a real PostgreSQL. {@code .ci/run} starts a throwaway PostgreSQL and passes it in through the
 * environment; without it this test fails rather than skips, so a green build always means PostgreSQL was tested.
 */
class TripModeRepositoryPostgresIT extends TripModeRepositoryContract {

    @Override
    Map<String, Object> datasource() {
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
            return fail(variable + " is not set: this test needs a real PostgreSQL. Run .ci/run, which starts one.");
        }
        return value;
    }
}
