package travel.confidence.service.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.context.ContextAdjustmentResponse;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.DataFreshness;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.RecordedApi;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * Every live source is slow (the stubs answer after 3 s; the sources' own timeout is the default 2 s): a
 * request still answers well within the seed's 1 s for context adjustments, because it waits for a live
 * fetch at most {@code confidence.context.request-wait} (300 ms by default) and then goes on without it.
 */
@MicronautTest(environments = "fixed-clock", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlowSourcesTest implements TestPropertyProvider {

    private static final Logger LOG = LoggerFactory.getLogger(SlowSourcesTest.class);
    private static final Duration SLOW = Duration.ofSeconds(3);
    private static final List<String> DESTINATIONS = List.of("JP", "PT", "FR", "DE", "IT", "ES", "NZ", "CA", "MX", "TH",
            "KE", "PE");

    private final RecordedApi openMeteo = RecordedApi.serving("openmeteo/forecast-tokyo.json", "application/json", SLOW);
    private final RecordedApi stateDepartment = RecordedApi.serving("statedept/TAsTWs.xml", "application/rss+xml", SLOW);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.context.weather.enabled", "true");
        properties.put("confidence.context.weather.base-url", openMeteo.uri().toString());
        properties.put("confidence.context.advisories.enabled", "true");
        properties.put("confidence.context.advisories.feed-url", stateDepartment.uri().resolve("/_res/rss/TAsTWs.xml").toString());
        // The importer runs at once, against the slow feed, while the requests below are measured.
        properties.put("confidence.context.advisories.initial-delay", "0s");
        return properties;
    }

    @BeforeAll
    void warmUp() {
        // The first decision of a fresh service compiles the rules: not what this class measures. A preview
        // compiles them without asking any live source, so the circuits are still closed when measuring starts.
        JsonHttp.Reply reply = new JsonHttp(server).post("/api/confidence/preview", """
                {"factors":{"safetyIndex":90,"weatherStability":70,"transportAccessibility":80,"languageCompatibility":60,
                            "healthEmergency":85,"budgetMatch":55,"crowdDensity":75,"preferenceAlignment":50}}""");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @AfterAll
    void stopStubs() {
        openMeteo.close();
        stateDepartment.close();
    }

    @Test
    @Order(1)
    void adjust_context_answers_within_one_second_while_every_live_source_is_slow() {
        JsonHttp http = new JsonHttp(server);
        List<Long> millis = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String destination : DESTINATIONS) {
            long start = System.nanoTime();
            ContextAdjustmentResponse response = adjust(http, destination);
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            millis.add(took);

            assertThat(took).as("/adjust-context for %s", destination).isLessThan(1000);
            assertThat(response.warnings()).anySatisfy(w -> assertThat(w).startsWith("The live weather forecast could not be fetched"));
            assertThat(response.dataFreshness()).filteredOn(f -> f.kind().equals("weather")).singleElement()
                    .satisfies(f -> {
                        notes.add(f.note());
                        assertThat(f.status()).isEqualTo("unavailable");
                        // At first the request stops waiting after 300 ms; once the background fetches have failed
                        // for good, the circuit is open and requests do not even try.
                        assertThat(f.note()).containsAnyOf("did not answer within 300 ms", "circuit open");
                    });
            assertThat(response.dataFreshness()).extracting(DataFreshness::kind).contains("safety", "holidays");
        }
        LOG.info("/adjust-context with every live source slow, one request per destination (ms): {}; max {} ms",
                millis, millis.stream().mapToLong(Long::longValue).max().orElse(0));
        assertThat(notes.get(0)).as("the first request waited its 300 ms for the forecast, then went on")
                .contains("did not answer within 300 ms");
        assertThat(millis.get(0)).isGreaterThanOrEqualTo(300);
        assertThat(openMeteo.hits()).as("the forecast was asked for").isPositive();
    }

    @Test
    @Order(2)
    void calculate_also_goes_on_without_the_slow_sources() {
        JsonHttp http = new JsonHttp(server);
        List<Long> millis = new ArrayList<>();
        for (String destination : List.of("AR", "BR", "CL", "UY", "CO")) {
            long start = System.nanoTime();
            JsonHttp.Reply reply = http.post("/api/confidence/calculate", """
                    {"destinationId":"%s","userId":"slow","travelDates":{"startDate":"2026-04-25","endDate":"2026-04-30"}}"""
                    .formatted(destination));
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            millis.add(took);

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            ConfidenceScoreResponse response = reply.as(json, ConfidenceScoreResponse.class);
            assertThat(response.warnings()).anySatisfy(w -> assertThat(w).startsWith("The live weather forecast could not be fetched"));
            assertThat(took).as("/calculate for %s", destination).isLessThan(1000);
        }
        LOG.info("/calculate with every live source slow (ms): {}", millis);
    }

    private ContextAdjustmentResponse adjust(JsonHttp http, String destination) {
        JsonHttp.Reply reply = http.post("/api/confidence/adjust-context", """
                {"destinationId":"%s","baseScore":72.5,"travelDates":{"startDate":"2026-04-25","endDate":"2026-04-30"}}"""
                .formatted(destination));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(json, ContextAdjustmentResponse.class);
    }
}
