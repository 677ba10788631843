package travel.confidence.service.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.alert.PostedAlert;
import travel.confidence.api.context.ContextAdjustmentResponse;
import travel.confidence.api.score.ContextAdjustment;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.holiday.Holiday;
import travel.confidence.data.holiday.HolidayCalendar;
import travel.confidence.service.support.FixedClock;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.RecordedApi;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * Seed Property 19 through /adjust-context, with the live weather source on (a local stub replaying a
 * recorded Open-Meteo forecast with thunderstorms on 27 April and heavy rain on 28 April 2026).
 */
@MicronautTest(environments = "fixed-clock", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextAdjustmentPropertiesTest implements TestPropertyProvider {

    enum Context { BOOKING_TIMING, GEOPOLITICAL_ALERT, SEVERE_WEATHER, CROWD_CHANGE, LOCATION_PROXIMITY }

    /** One generated case: where and when, where the traveller is, an alert to post first, the factor that must show. */
    record Scenario(String destination, LocalDate start, LocalDate end, String location, String alert, String factor) {
    }

    private final RecordedApi openMeteo = RecordedApi.serving("openmeteo/forecast-tokyo.json", "application/json",
            java.time.Duration.ZERO);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DestinationCatalogue catalogue;
    @Inject
    HolidayCalendar holidays;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.context.weather.enabled", "true");
        properties.put("confidence.context.weather.base-url", openMeteo.uri().toString());
        properties.put("confidence.context.request-wait", "5s");
        return properties;
    }

    @AfterAll
    void stopStub() {
        openMeteo.close();
    }

    @Test
    void property_19_context_adjustments_modify_scores() {
        // Feature: confidence-driven-travel-engine, Property 19: Context Adjustments Modify Scores.
        // Every context rule lowers the score, so the base is drawn from 0.1 to 100: a score of 0 cannot go lower.
        List<String> located = catalogue.all().stream()
                .filter(d -> d.capital() != null || d.latitude() != null).map(DestinationRecord::id).toList();
        JsonHttp http = new JsonHttp(server);
        qt().withExamples(150)
                .forAll(arbitrary().enumValues(Context.class), arbitrary().pick(located), integers().between(1, 1000),
                        lists().of(integers().between(0, 100_000)).ofSize(4))
                .checkAssert((context, destination, baseTenths, draws) -> {
                    Scenario scenario = scenario(context, destination, draws);
                    String alertId = scenario.alert() == null ? null : post(http, scenario.alert());
                    try {
                        double base = baseTenths / 10.0;
                        JsonHttp.Reply reply = http.post("/api/confidence/adjust-context", """
                                {"destinationId":"%s","baseScore":%s,"travelDates":{"startDate":"%s","endDate":"%s"}%s}"""
                                .formatted(scenario.destination(), base, scenario.start(), scenario.end(), scenario.location()));
                        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                        ContextAdjustmentResponse response = reply.as(json, ContextAdjustmentResponse.class);

                        assertThat(response.adjustedScore()).as("%s at %s", context, scenario.destination()).isNotEqualTo(base);
                        assertThat(response.adjustments()).extracting(ContextAdjustment::factor).contains(scenario.factor());
                        assertChained(base, response);
                    } finally {
                        if (alertId != null) {
                            assertThat(JsonHttp.asAdmin(server).delete("/api/admin/alerts/" + alertId).status()).isEqualTo(200);
                        }
                    }
                });
    }

    private static void assertChained(double base, ContextAdjustmentResponse response) {
        double current = base;
        for (ContextAdjustment adjustment : response.adjustments()) {
            assertThat(adjustment.originalValue()).isEqualTo(current);
            // Every context rule lowers the score; only a score already at 0 stays there.
            assertThat(adjustment.adjustedValue()).isGreaterThanOrEqualTo(0.0);
            if (adjustment.originalValue() > 0) {
                assertThat(adjustment.adjustedValue()).isLessThan(adjustment.originalValue());
            } else {
                assertThat(adjustment.adjustedValue()).isZero();
            }
            assertThat(adjustment.reason()).isNotBlank();
            current = adjustment.adjustedValue();
        }
        assertThat(response.adjustedScore()).isEqualTo(current);
    }

    private Scenario scenario(Context context, String destination, List<Integer> draws) {
        LocalDate today = FixedClock.TODAY;
        int a = draws.get(0);
        int b = draws.get(1);
        switch (context) {
            case BOOKING_TIMING -> {
                LocalDate start = a % 2 == 0 ? today.plusDays(b % 14) : today.plusDays(270 + b % 400);
                return new Scenario(destination, start, start.plusDays(draws.get(2) % 12), "", null, "bookingTiming");
            }
            case GEOPOLITICAL_ALERT -> {
                LocalDate start = today.plusDays(20 + a % 150);
                String severity = List.of("low", "medium", "high", "critical").get(b % 4);
                return new Scenario(destination, start, start.plusDays(draws.get(2) % 12), "", alert(destination, "geopolitical",
                        severity, null), "geopoliticalAlert");
            }
            case SEVERE_WEATHER -> {
                LocalDate start = LocalDate.of(2026, 4, 26).plusDays(a % 3);
                LocalDate end = (start.getDayOfMonth() == 26 ? start.plusDays(1) : start).plusDays(b % 7);
                return new Scenario(destination, start, end, "", null, "severeWeather");
            }
            case CROWD_CHANGE -> {
                List<Holiday> ahead = holidays.publicHolidays(destination, today.plusDays(1), LocalDate.of(2026, 12, 31));
                if (ahead.isEmpty()) { // no public holidays left there in 2026 (or none known): Japan's Golden Week
                    return new Scenario("JP", LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 6), "", null, "crowdSurge");
                }
                LocalDate holiday = ahead.get(a % ahead.size()).date();
                LocalDate start = holiday.minusDays(b % 4).isAfter(today) ? holiday.minusDays(b % 4) : holiday;
                return new Scenario(destination, start, holiday.plusDays(draws.get(2) % 4), "", null, "crowdSurge");
            }
            case LOCATION_PROXIMITY -> {
                LocalDate start = today.plusDays(20 + a % 150);
                double latitude = -60 + (b % 12_000) / 100.0;
                double longitude = -179 + (draws.get(2) % 35_800) / 100.0;
                double radius = 5 + draws.get(3) % 96;
                double fromCentre = (a % 1000) / 1000.0 * (radius + 45);
                double userLatitude = latitude + fromCentre / 111.2;
                String severity = List.of("low", "medium", "high", "critical").get(a % 4);
                String type = List.of("geopolitical", "weather", "health", "safety").get(b % 4);
                return new Scenario(destination, start, start.plusDays(3), ContextEndpointTest.location(userLatitude, longitude),
                        alert(destination, type, severity, "\"area\":{\"latitude\":%s,\"longitude\":%s,\"radiusKm\":%s}"
                                .formatted(latitude, longitude, radius)), "alertProximity");
            }
            default -> throw new IllegalArgumentException(context.name());
        }
    }

    private static String alert(String destination, String type, String severity, String area) {
        return String.format(Locale.ROOT, """
                {"destinationId":"%s","type":"%s","severity":"%s","message":"Generated %s alert","source":"Property test",
                 "expiresAt":"2027-06-01T00:00:00Z"%s}""", destination, type, severity, severity, area == null ? "" : "," + area);
    }

    private String post(JsonHttp http, String body) {
        JsonHttp.Reply reply = JsonHttp.asAdmin(server).post("/api/admin/alerts", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.as(json, PostedAlert.class).alert().id();
    }
}
