package travel.confidence.service.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/** The engine fails or stalls; travellers still get an answer (seed Property 20, Error Handling 2). */
@MicronautTest(environments = "engine-failure", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineFailureTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DestinationCatalogue catalogue;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.scoring.budget", "100ms");
        return properties;
    }

    @AfterEach
    void restore() {
        EngineSabotage.set(EngineSabotage.Mode.NONE, 0);
    }

    @Test
    void property_20_graceful_degradation_on_service_failure() {
        // Feature: confidence-driven-travel-engine, Property 20: Graceful Degradation on Service Failure
        EngineSabotage.set(EngineSabotage.Mode.FAIL, 0);
        JsonHttp http = new JsonHttp(server);
        List<String> ids = List.copyOf(catalogue.ids());
        qt().withExamples(100)
                .forAll(arbitrary().pick(ids), integers().between(0, 700), integers().between(0, 30),
                        arbitrary().pick(List.of("alice", "bob", "carol", "dave")))
                .checkAssert((destination, startOffset, length, user) -> {
                    LocalDate start = LocalDate.of(2027, 1, 1).plusDays(startOffset);
                    JsonHttp.Reply reply = http.post("/api/confidence/calculate", """
                            {"destinationId":"%s","userId":"%s","travelDates":{"startDate":"%s","endDate":"%s"}}"""
                            .formatted(destination, user, start, start.plusDays(length)));
                    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                    assertThat(reply.body()).doesNotContain("internal detail", "Exception", "at travel.");
                    ConfidenceScoreResponse response = reply.as(json, ConfidenceScoreResponse.class);
                    assertThat(response.preliminary()).isTrue();
                    assertThat(response.score()).isBetween(0.0, 100.0);
                    assertThat(response.badge()).isIn("Low", "Moderate", "High", "Excellent");
                    assertThat(response.breakdown()).hasSize(8);
                    assertThat(response.warnings()).anySatisfy(w -> assertThat(w).contains("preliminary estimate"));
                });
    }

    @Test
    void a_decision_that_overruns_its_budget_answers_preliminary_and_fills_the_cache_when_done() throws Exception {
        EngineSabotage.set(EngineSabotage.Mode.STALL, 400);
        JsonHttp http = new JsonHttp(server);
        String body = """
                {"destinationId":"NZ","userId":"slow-user","travelDates":{"startDate":"2027-02-01","endDate":"2027-02-14"}}""";

        ConfidenceScoreResponse first = http.post("/api/confidence/calculate", body).as(json, ConfidenceScoreResponse.class);
        assertThat(first.preliminary()).isTrue();

        ConfidenceScoreResponse later = first;
        for (int i = 0; i < 50 && later.preliminary(); i++) {
            Thread.sleep(100);
            later = http.post("/api/confidence/calculate", body).as(json, ConfidenceScoreResponse.class);
        }
        assertThat(later.preliminary()).as("the late decision reached the cache").isFalse();
        assertThat(later.ruleVersion()).isEqualTo("failing-engine");
    }
}
