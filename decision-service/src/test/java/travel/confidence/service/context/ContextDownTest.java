package travel.confidence.service.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.context.ContextAdjustmentResponse;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.ContextAdjustment;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/** A context source is down (seed: Error Handling 7): scores still come, with a notice, never a failure. */
@MicronautTest(environments = {"fixed-clock", "failing-context"}, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextDownTest implements TestPropertyProvider {

    private static final String NOTICE =
            "Live conditions could not be checked just now, so this score may not reflect the latest conditions";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.scoring.budget", "10s");
        return properties;
    }

    @Test
    void calculate_answers_with_a_notice_and_the_context_that_still_works() {
        JsonHttp.Reply reply = new JsonHttp(server).post("/api/confidence/calculate", """
                {"destinationId":"CA","userId":"u","travelDates":{"startDate":"2026-04-22","endDate":"2026-04-25"}}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("internal detail", "Exception");
        ConfidenceScoreResponse response = reply.as(json, ConfidenceScoreResponse.class);
        assertThat(response.preliminary()).isFalse();
        assertThat(response.warnings()).contains(NOTICE);
        assertThat(response.adjustments()).extracting(ContextAdjustment::factor).containsExactly("bookingTiming");
    }

    @Test
    void adjust_context_answers_with_a_notice_and_the_context_that_still_works() {
        JsonHttp.Reply reply = new JsonHttp(server).post("/api/confidence/adjust-context", """
                {"destinationId":"CA","baseScore":66.6,"travelDates":{"startDate":"2026-04-22","endDate":"2026-04-25"}}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("internal detail", "Exception");
        ContextAdjustmentResponse response = reply.as(json, ContextAdjustmentResponse.class);
        assertThat(response.warnings()).containsExactly(NOTICE);
        assertThat(response.adjustedScore()).isEqualTo(63.6);
    }
}
