package travel.confidence.data.weather;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.external.ExternalDataCache;
import travel.confidence.data.external.ExternalDataKind;
import travel.confidence.data.external.Freshness;
import travel.confidence.data.external.Sourced;
import travel.confidence.data.support.ApiStub;
import travel.confidence.data.support.MutableClock;
import travel.confidence.data.support.TestDataDir;

/**
 * The live Open-Meteo adapter against a local stub replaying recorded payloads: the happy path, the cache, and
 * every failure path (timeout, HTTP 500, malformed payload, an error object, circuit open, stale cache).
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenMeteoWeatherSourceTest implements TestPropertyProvider {

    private static final Duration CIRCUIT_RESET = Duration.ofMillis(700);
    private static final String JSON = "application/json";

    private final ApiStub stub = ApiStub.start(ApiStub.ok("openmeteo/forecast-tokyo.json", JSON));

    @Inject
    WeatherSource weather;
    @Inject
    OpenMeteoClient client;
    @Inject
    DestinationCatalogue catalogue;
    @Inject
    ExternalDataCache cache;
    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("confidence.data-dir", TestDataDir.create(),
                "confidence.context.weather.enabled", "true",
                "confidence.context.weather.base-url", stub.uri().toString(),
                "confidence.context.weather.timeout", "1s",
                "confidence.context.weather.retries", "1",
                "confidence.context.weather.retry-delay", "20ms",
                "confidence.context.weather.circuit-reset", CIRCUIT_RESET.toMillis() + "ms",
                // Wait for every fetch to finish, so each test sees the fetch's own outcome.
                "confidence.context.request-wait", "5s");
    }

    @BeforeEach
    void closeTheCircuit() throws InterruptedException {
        stub.answer(ApiStub.ok("openmeteo/forecast-tokyo.json", JSON));
        clock.set(MutableClock.START);
        Thread.sleep(CIRCUIT_RESET.toMillis() + 100); // a circuit opened by the previous test half-opens again
    }

    @AfterAll
    void stopStub() {
        stub.close();
    }

    private DestinationRecord destination(String id) {
        return catalogue.find(id).orElseThrow();
    }

    @Test
    void a_live_forecast_is_fetched_once_then_served_from_the_cache_for_six_hours() {
        int before = stub.hits();

        Sourced<Forecast> live = weather.forecast(destination("JP"));
        Sourced<Forecast> cached = weather.forecast(destination("JP"));

        assertThat(live.freshness()).as(live.note()).isEqualTo(Freshness.LIVE);
        assertThat(live.source()).isEqualTo("Open-Meteo forecast");
        assertThat(live.asOf()).isEqualTo(MutableClock.START.toString());
        assertThat(live.value().days()).hasSize(16);
        assertThat(live.value().between(LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 29)))
                .filteredOn(d -> d.severity().isPresent()).hasSize(2);
        assertThat(cached.freshness()).isEqualTo(Freshness.CACHED);
        assertThat(cached.value()).isEqualTo(live.value());
        assertThat(stub.hits() - before).isEqualTo(1);
        assertThat(cache.fresh(ExternalDataKind.WEATHER, "JP", MutableClock.START)).hasValueSatisfying(c -> {
            assertThat(c.fetchedAt()).isEqualTo(MutableClock.START);
            assertThat(c.expiresAt()).isEqualTo(MutableClock.START.plus(Duration.ofHours(6)));
            assertThat(c.source()).isEqualTo("Open-Meteo forecast");
        });
    }

    @Test
    void an_expired_entry_is_never_served_as_fresh_but_stays_the_last_known_good() {
        weather.forecast(destination("NZ"));
        Instant afterTtl = MutableClock.START.plus(Duration.ofHours(6)).plusSeconds(1);

        assertThat(cache.fresh(ExternalDataKind.WEATHER, "NZ", afterTtl)).isEmpty();
        assertThat(cache.lastKnownGood(ExternalDataKind.WEATHER, "NZ")).isPresent();
    }

    @Test
    void when_the_cache_has_expired_and_the_source_fails_the_last_forecast_is_served_stale_with_its_fetch_time() {
        weather.forecast(destination("KR"));
        clock.advance(Duration.ofHours(7));
        stub.answer(500, null, JSON, Duration.ZERO);

        Sourced<Forecast> stale = weather.forecast(destination("KR"));

        assertThat(stale.freshness()).isEqualTo(Freshness.STALE);
        assertThat(stale.asOf()).isEqualTo(MutableClock.START.toString());
        assertThat(stale.value().days()).hasSize(16);
        assertThat(stale.note()).contains("answered HTTP 500").contains("fetched " + MutableClock.START);
    }

    @Test
    void a_server_error_is_retried_then_reported_as_unavailable() {
        stub.answer(500, null, JSON, Duration.ZERO);
        int before = stub.hits();

        Sourced<Forecast> result = weather.forecast(destination("FR"));

        assertThat(result.freshness()).isEqualTo(Freshness.UNAVAILABLE);
        assertThat(result.value()).isNull();
        assertThat(result.note()).contains("Open-Meteo forecast answered HTTP 500").contains("no earlier data");
        assertThat(stub.hits() - before).as("the first call and one retry").isEqualTo(2);
    }

    @Test
    void a_source_slower_than_its_timeout_is_given_up_on() {
        stub.answer(200, "openmeteo/forecast-tokyo.json", JSON, Duration.ofSeconds(3));
        long start = System.nanoTime();

        Sourced<Forecast> result = weather.forecast(destination("PT"));

        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(result.freshness()).isEqualTo(Freshness.UNAVAILABLE);
        assertThat(result.note()).contains("did not answer within 1000 ms");
        assertThat(millis).as("two attempts of 1 s and a short pause, not the stub's 3 s each").isLessThan(2900);
    }

    @Test
    void a_malformed_payload_or_an_error_object_is_not_stored() {
        stub.answer(200, "openmeteo/malformed-truncated.json", JSON, Duration.ZERO);
        Sourced<Forecast> truncated = weather.forecast(destination("DE"));
        assertThat(truncated.freshness()).isEqualTo(Freshness.UNAVAILABLE);
        assertThat(truncated.note()).contains("malformed payload");
        assertThat(cache.lastKnownGood(ExternalDataKind.WEATHER, "DE")).isEmpty();
    }

    @Test
    void an_error_object_is_reported_with_the_apis_reason() {
        stub.answer(400, "openmeteo/error-invalid-variable.json", JSON, Duration.ZERO);
        Sourced<Forecast> rejected = weather.forecast(destination("IT"));

        assertThat(rejected.freshness()).isEqualTo(Freshness.UNAVAILABLE);
        assertThat(rejected.note()).contains("answered HTTP 400");
    }

    @Test
    void after_a_failed_fetch_the_circuit_opens_calls_fail_fast_and_it_closes_again_after_the_reset() throws Exception {
        stub.answer(500, null, JSON, Duration.ZERO);
        weather.forecast(destination("ES"));
        int hitsWhenOpen = stub.hits();
        stub.answer(ApiStub.ok("openmeteo/forecast-tokyo.json", JSON));

        Sourced<Forecast> whileOpen = weather.forecast(destination("GR"));

        assertThat(whileOpen.freshness()).isEqualTo(Freshness.UNAVAILABLE);
        assertThat(whileOpen.note()).contains("circuit open");
        assertThat(stub.hits()).as("an open circuit does not call the source").isEqualTo(hitsWhenOpen);

        // The breaker times its reset from its own last failed attempt, which a busy machine can delay past the
        // moment the caller gave up; so ask until it lets one call through, within the reset and some slack.
        Thread.sleep(CIRCUIT_RESET.toMillis() + 100);
        long deadline = System.nanoTime() + CIRCUIT_RESET.plusSeconds(5).toNanos();
        Sourced<Forecast> afterReset = weather.forecast(destination("GR"));
        while (afterReset.freshness() != Freshness.LIVE && System.nanoTime() < deadline) {
            assertThat(afterReset.note()).as("still failing fast, not calling").contains("circuit open");
            Thread.sleep(100);
            afterReset = weather.forecast(destination("GR"));
        }

        assertThat(afterReset.freshness()).as(afterReset.note()).isEqualTo(Freshness.LIVE);
        assertThat(stub.hits()).as("one trial call closed the circuit").isEqualTo(hitsWhenOpen + 1);
    }

    @Test
    void without_coordinates_there_is_no_forecast_to_ask_for() {
        DestinationRecord nowhere = destination("JP");
        DestinationRecord noCoordinates = new DestinationRecord("ZZ", "ZZZ", "Nowhere", "Nowhere", "", "", false,
                java.util.List.of(), null, null, null, java.util.List.of(), Map.of(), null, null, Map.of(),
                java.util.List.of(), java.util.List.of(), null, null, nowhere.emergency());

        assertThat(weather.forecast(noCoordinates).freshness()).isEqualTo(Freshness.UNAVAILABLE);
    }
}
