package travel.confidence.service.support;

import static org.assertj.core.api.Assertions.fail;

/**
 * The real PostgreSQL that {@code .ci/run} starts and passes in through the environment. Without it a test
 * that needs it fails rather than skips, so a green build always means PostgreSQL was tested.
 */
public final class CiPostgres {

    private CiPostgres() {
    }

    public static String url() {
        return required("CONFIDENCE_TEST_PG_URL");
    }

    public static String user() {
        return required("CONFIDENCE_TEST_PG_USER");
    }

    public static String password() {
        return required("CONFIDENCE_TEST_PG_PASSWORD");
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
