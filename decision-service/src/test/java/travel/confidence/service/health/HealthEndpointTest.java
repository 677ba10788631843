package travel.confidence.service.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Health and readiness report each store by name, on the embedded defaults. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthEndpointTest implements TestPropertyProvider {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @TempDir
    static Path dataDir;

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("confidence.data-dir", dataDir.toString(), "micronaut.server.port", "-1");
    }

    @Test
    void health_reports_the_relational_and_the_document_store_up() {
        Map<String, Object> health = get("/health");

        assertThat(health).containsEntry("status", "UP");
        Map<String, Object> details = map(health, "details");
        assertThat(map(details, "jdbc")).containsEntry("status", "UP");
        assertThat(map(details, "documentStore")).containsEntry("status", "UP");
        assertThat(map(map(details, "documentStore"), "details")).containsEntry("database", "confidence");
    }

    @Test
    void readiness_waits_for_both_stores() {
        Map<String, Object> readiness = get("/health/readiness");

        assertThat(readiness).containsEntry("status", "UP");
        assertThat(map(readiness, "details")).containsKeys("jdbc", "documentStore");
    }

    private Map<String, Object> get(String path) {
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(HttpRequest.GET(path), JSON);
        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> json, String key) {
        assertThat(json).containsKey(key);
        return (Map<String, Object>) json.get(key);
    }
}
