package travel.confidence.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The environment variables the README names reach the settings they are documented for, through the service's
 * own {@code application.yml}. The variables are given as a property source with the environment's naming
 * convention, as Micronaut reads the real environment, over {@code application.yml} alone (not the tests'
 * overrides); no server starts.
 */
class EnvironmentVariablesTest {

    private static final String STAFF_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    @Test
    void confidence_first_admin_password_sets_the_first_admins_password() {
        assertThat(resolved(Map.of("CONFIDENCE_FIRST_ADMIN_PASSWORD", "a-password-for-this-test"),
                "confidence.security.first-admin-password")).contains("a-password-for-this-test");
    }

    @Test
    void without_it_the_first_admins_password_is_blank_so_a_random_one_is_generated() {
        assertThat(resolved(Map.of(), "confidence.security.first-admin-password")).hasValueSatisfying(
                value -> assertThat(value).isBlank());
    }

    @Test
    void confidence_jwt_secret_is_the_staff_tokens_signing_secret_exactly() {
        assertThat(resolved(Map.of("CONFIDENCE_JWT_SECRET", "a-staff-signing-secret-for-this-test-only-0123"), STAFF_SECRET))
                .contains("a-staff-signing-secret-for-this-test-only-0123");
    }

    @Test
    void without_it_each_start_signs_with_a_random_secret_long_enough_for_hs256() {
        String first = resolved(Map.of(), STAFF_SECRET).orElseThrow();
        String second = resolved(Map.of(), STAFF_SECRET).orElseThrow();
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).doesNotContain("$", "{", "}").isNotEqualTo(second);
    }

    @Test
    void the_other_documented_variables_reach_their_settings() {
        Map<String, Object> environment = Map.of(
                "PORT", "9099",
                "CONFIDENCE_DATA_DIR", "/srv/confidence",
                "CONFIDENCE_SECURITY_PUBLIC_API", "jwt",
                "CONFIDENCE_SECURITY_ALLOWED_ORIGINS", "https://www.example.com");
        assertThat(resolved(environment, "micronaut.server.port")).contains("9099");
        assertThat(resolved(environment, "confidence.data-dir")).contains("/srv/confidence");
        assertThat(resolved(environment, "datasources.default.url")).hasValueSatisfying(
                url -> assertThat(url).startsWith("jdbc:h2:file:/srv/confidence/relational/"));
        assertThat(resolved(environment, "confidence.security.public-api")).contains("jwt");
        assertThat(resolved(environment, "micronaut.server.cors.configurations.frontend.allowed-origins"))
                .contains("https://www.example.com");
    }

    private static Optional<String> resolved(Map<String, Object> environment, String key) {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false) // not application-test.yml
                .propertySources(PropertySource.of("test-environment", environment,
                        PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .build()) {
            context.getEnvironment().start();
            return context.getEnvironment().getProperty(key, String.class);
        }
    }
}
