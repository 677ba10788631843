package travel.confidence.data.lock;

import static org.assertj.core.api.Assertions.fail;

import java.util.Map;

/**
 * The learning schema on a real PostgreSQL, the production database. The build's CI script starts a
 * throwaway PostgreSQL and passes it in through the environment; without it this test fails rather than
 * skips, so a green build always means PostgreSQL was tested.
 */
class LearningSchemaPostgresIT extends LearningSchemaContract {

    static final String URL = "CONFIDENCE_TEST_PG_URL";
    static final String USER = "CONFIDENCE_TEST_PG_USER";
    static final String PASSWORD = "CONFIDENCE_TEST_PG_PASSWORD";

    @Override
    Map<String, Object> datasource() {
        return Map.of(
                "datasources.default.url", required(URL),
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.username", required(USER),
                "datasources.default.password", required(PASSWORD),
                "datasources.default.dialect", "POSTGRES");
    }

    @Override
    String databaseProduct() {
        return "PostgreSQL";
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fail(variable + " is not set: this test needs a real PostgreSQL. Start one and set " + URL + ", "
                    + USER + " and " + PASSWORD + " (the CI script does).");
        }
        return value;
    }
}
