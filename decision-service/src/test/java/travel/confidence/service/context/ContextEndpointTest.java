package travel.confidence.service.context;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.context.ContextAdjustmentResponse;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.ContextAdjustment;
import travel.confidence.api.score.DataFreshness;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.service.support.FixedClock;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/** /adjust-context as the seed specifies it, and its agreement with /calculate (offline: live sources off). */
@MicronautTest(environments = "fixed-clock", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContextEndpointTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DestinationCatalogue catalogue;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        // This class is about what is decided, not how fast: never fall back to a preliminary estimate here.
        properties.put("confidence.scoring.budget", "10s");
        return properties;
    }

    private JsonHttp http() {
        return new JsonHttp(server);
    }

    static String location(Double latitude, Double longitude) {
        return latitude == null ? "" : ",\"userLocation\":{\"latitude\":%s,\"longitude\":%s}".formatted(latitude, longitude);
    }

    private ContextAdjustmentResponse adjust(String destination, double base, LocalDate start, LocalDate end, String location) {
        JsonHttp.Reply reply = http().post("/api/confidence/adjust-context", """
                {"destinationId":"%s","baseScore":%s,"travelDates":{"startDate":"%s","endDate":"%s"}%s}"""
                .formatted(destination, base, start, end, location));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(json, ContextAdjustmentResponse.class);
    }

    private ConfidenceScoreResponse calculate(String destination, String user, LocalDate start, LocalDate end, String location) {
        JsonHttp.Reply reply = http().post("/api/confidence/calculate", """
                {"destinationId":"%s","userId":"%s","travelDates":{"startDate":"%s","endDate":"%s"}%s}"""
                .formatted(destination, user, start, end, location));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(json, ConfidenceScoreResponse.class);
    }

    private void postAlert(String body) {
        JsonHttp.Reply reply = http().post("/api/admin/alerts", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    @BeforeAll
    void someAlertsAreInForce() {
        postAlert("""
                {"destinationId":"PT","type":"weather","severity":"high","message":"Wildfires north of Lisbon",
                 "source":"Civil protection","expiresAt":"2027-06-01T00:00:00Z",
                 "area":{"latitude":38.9,"longitude":-9.2,"radiusKm":25}}""");
        postAlert("""
                {"destinationId":"JP","type":"geopolitical","severity":"medium","message":"Demonstrations in central Tokyo",
                 "source":"Embassy notice","expiresAt":"2027-06-01T00:00:00Z"}""");
        postAlert("""
                {"destinationId":"FR","type":"health","severity":"low","message":"Measles cases in Paris schools",
                 "source":"Health ministry","expiresAt":"2027-06-01T00:00:00Z",
                 "area":{"latitude":48.86,"longitude":2.35,"radiusKm":15}}""");
    }

    @Test
    void golden_week_booked_a_week_ahead_lists_each_adjustment_from_the_base() {
        ContextAdjustmentResponse response = adjust("NZ", 80, LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 6), "");
        ContextAdjustmentResponse japan = adjust("JP", 80, LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 6), "");

        assertThat(response.adjustments()).extracting(ContextAdjustment::factor).containsExactly("bookingTiming");
        assertThat(japan.baseScore()).isEqualTo(80.0);
        assertThat(japan.adjustments()).containsExactly(
                new ContextAdjustment("bookingTiming", 80.0, 78.5,
                        "Departure is less than two weeks away, which leaves little time to prepare (departure in 8 days)"),
                new ContextAdjustment("geopoliticalAlert", 78.5, 70.5,
                        "A geopolitical alert is in force for this destination (Demonstrations in central Tokyo)"),
                new ContextAdjustment("crowdSurge", 70.5, 65.5,
                        "Several public holidays fall in your trip: expect crowds and full trains and hotels (Showa Day on "
                                + "29 Apr; Constitution Day on 3 May; Greenery Day on 4 May; Children's Day on 5 May; "
                                + "Substitute Holiday on 6 May)"));
        assertThat(japan.adjustedScore()).isEqualTo(65.5);
        assertThat(japan.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.type()).isEqualTo("geopolitical");
            assertThat(alert.severity()).isEqualTo("medium");
            assertThat(alert.source()).isEqualTo("Embassy notice");
            assertThat(alert.issuedAt()).isEqualTo(FixedClock.START.toString());
        });
        assertThat(japan.dataFreshness()).extracting(DataFreshness::kind, DataFreshness::status).contains(
                org.assertj.core.groups.Tuple.tuple("weather", "bundled"),
                org.assertj.core.groups.Tuple.tuple("holidays", "bundled"),
                org.assertj.core.groups.Tuple.tuple("safety", "bundled"),
                org.assertj.core.groups.Tuple.tuple("transport", "bundled"),
                org.assertj.core.groups.Tuple.tuple("health", "bundled"));
        assertThat(japan.ruleVersion()).isEqualTo("v1");
    }

    @Test
    void quiet_conditions_leave_the_base_alone_and_still_send_the_seeds_arrays() {
        JsonHttp.Reply reply = http().post("/api/confidence/adjust-context", """
                {"destinationId":"NZ","baseScore":71.25,"travelDates":{"startDate":"2026-06-20","endDate":"2026-06-25"}}""");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"adjustments\":[]", "\"alerts\":[]");
        ContextAdjustmentResponse response = reply.as(json, ContextAdjustmentResponse.class);
        assertThat(response.baseScore()).as("used to one decimal").isEqualTo(71.3);
        assertThat(response.adjustedScore()).isEqualTo(71.3);
    }

    @Test
    void a_trip_outside_the_holiday_calendar_says_its_dates_are_not_covered() {
        ContextAdjustmentResponse response = adjust("JP", 70, LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 6), "");

        assertThat(response.adjustments()).extracting(ContextAdjustment::factor).doesNotContain("crowdSurge");
        assertThat(response.dataFreshness()).filteredOn(f -> f.kind().equals("holidays")).singleElement()
                .satisfies(f -> assertThat(f.note()).isEqualTo(
                        "The holiday calendar covers 2026 only, so holidays in your dates are not checked"));
    }

    @Test
    void standing_inside_an_alerts_area_adds_a_proximity_adjustment() {
        LocalDate start = LocalDate.of(2026, 6, 15);
        ContextAdjustmentResponse inside = adjust("PT", 75, start, start.plusDays(5), location(38.95, -9.15));
        ContextAdjustmentResponse faraway = adjust("PT", 75, start, start.plusDays(5), location(37.02, -7.93));

        assertThat(inside.adjustments()).extracting(ContextAdjustment::factor).containsExactly("weatherAlert", "alertProximity");
        assertThat(inside.adjustments().get(1).reason())
                .isEqualTo("You are inside the area of a serious alert (Wildfires north of Lisbon)");
        assertThat(faraway.adjustments()).extracting(ContextAdjustment::factor).containsExactly("weatherAlert");
        assertThat(inside.adjustedScore()).isLessThan(faraway.adjustedScore());
    }

    @Test
    void calculate_and_adjust_context_never_disagree_for_the_same_inputs() {
        List<String> ids = new ArrayList<>(List.of("PT", "JP", "FR", "FR", "PT", "JP", "DE", "VA", "US"));
        ids.addAll(catalogue.ids());
        List<Double[]> places = List.of(new Double[] {null, null}, new Double[] {38.9, -9.2}, new Double[] {39.3, -9.0},
                new Double[] {48.85, 2.35}, new Double[] {35.68, 139.76});
        qt().withExamples(100)
                .forAll(arbitrary().pick(ids), integers().between(0, 420), integers().between(0, 20), arbitrary().pick(places))
                .checkAssert((destination, offset, length, place) -> {
                    LocalDate start = FixedClock.TODAY.plusDays(offset);
                    String where = location(place[0], place[1]);
                    ConfidenceScoreResponse scored = calculate(destination, "agree-" + offset, start, start.plusDays(length), where);
                    List<ContextAdjustment> context = scored.adjustments().stream()
                            .filter(a -> !a.factor().equals("dataCompleteness")).toList();
                    double base = scored.adjustments().stream().filter(a -> a.factor().equals("dataCompleteness"))
                            .map(ContextAdjustment::adjustedValue).findFirst().orElse(scored.baseScore());

                    ContextAdjustmentResponse adjusted = adjust(destination, base, start, start.plusDays(length), where);

                    assertThat(scored.preliminary()).isFalse();
                    assertThat(adjusted.adjustedScore()).as("%s from %s", destination, start).isEqualTo(scored.score());
                    assertThat(adjusted.adjustments()).isEqualTo(context);
                    assertThat(adjusted.alerts()).isEqualTo(scored.alerts());
                });
    }

    @Test
    void bad_input_is_a_400_that_names_the_field() {
        assertThat(error("""
                {"destinationId":"JP","travelDates":{"startDate":"2026-05-01","endDate":"2026-05-02"}}""", 400)
                .error().details()).containsEntry("field", "baseScore");
        assertThat(error("""
                {"destinationId":"JP","baseScore":120,"travelDates":{"startDate":"2026-05-01","endDate":"2026-05-02"}}""", 400)
                .error().details()).containsEntry("field", "baseScore");
        assertThat(error("""
                {"destinationId":"JP","baseScore":60,"travelDates":{"startDate":"2026-05-03","endDate":"2026-05-02"}}""", 400)
                .error().details()).containsEntry("field", "travelDates.endDate");
        assertThat(error("""
                {"destinationId":"JP","baseScore":60,"travelDates":{"startDate":"2026-05-01","endDate":"2026-05-02"},
                 "userLocation":{"latitude":91,"longitude":0}}""", 400)
                .error().details()).containsEntry("field", "userLocation.latitude");
        ErrorResponse unknown = error("""
                {"destinationId":"ZZ","baseScore":60,"travelDates":{"startDate":"2026-05-01","endDate":"2026-05-02"}}""", 404);
        assertThat(unknown.error().code()).isEqualTo("DESTINATION_NOT_FOUND");
        assertThat(error("{\"destinationId\":\"JP\",\"baseScore\":\"high\"}", 400).error().message())
                .doesNotContain("java.", "Exception");
    }

    private ErrorResponse error(String body, int status) {
        JsonHttp.Reply reply = http().post("/api/confidence/adjust-context", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.as(json, ErrorResponse.class);
    }
}
