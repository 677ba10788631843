package travel.confidence.service.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static travel.confidence.service.preference.PreferenceFixtures.aHappyTrip;
import static travel.confidence.service.preference.PreferenceFixtures.aView;
import static travel.confidence.service.preference.PreferenceFixtures.json;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.data.mongo.EmbeddedMongoServer;
import travel.confidence.data.preference.FeedbackStore;
import travel.confidence.data.preference.QuarantineStore;
import travel.confidence.data.preference.SignalStore;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/** When the document store cannot take a record, the caller hears a retryable 503, never a false success. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentStoreDownTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    EmbeddedMongoServer documents;
    @Inject
    SignalStore signals;
    @Inject
    FeedbackStore feedback;
    @Inject
    QuarantineStore quarantine;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.preferences.learning-scheduled", "false");
        return properties;
    }

    @Test
    void signals_feedback_and_quarantine_answer_503_retryable_while_the_store_is_down() {
        JsonHttp http = new JsonHttp(server);
        Instant now = Instant.now();
        assertThat(http.post("/api/preferences/track-implicit",
                json(mapper, aView("before-outage", "JP", now, Duration.ofSeconds(5)))).status()).isEqualTo(200);

        documents.close();

        for (JsonHttp.Reply reply : new JsonHttp.Reply[] {
                http.post("/api/preferences/track-implicit", json(mapper, aView("in-outage", "JP", now, Duration.ofSeconds(5)))),
                http.post("/api/preferences/track-implicit", json(mapper, aView("in-outage", "XQ", now, Duration.ofSeconds(5)))),
                http.post("/api/preferences/submit-feedback", json(mapper, aHappyTrip("in-outage", "t", "JP", now)))}) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(503);
            ErrorResponse error = reply.as(mapper, ErrorResponse.class);
            assertThat(error.error().code()).isEqualTo("STORE_UNAVAILABLE");
            assertThat(error.error().retryable()).isTrue();
            assertThat(reply.body()).doesNotContain("success", "Exception", "mongo");
        }
    }
}
