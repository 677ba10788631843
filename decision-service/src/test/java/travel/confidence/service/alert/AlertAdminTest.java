package travel.confidence.service.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.alert.PostedAlert;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.ContextAdjustment;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * Alerts posted and retracted through the admin API change the very next score of their destination, show
 * in its alerts, and a cached score from before the change is never served after it.
 */
@MicronautTest(environments = "fixed-clock", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertAdminTest implements TestPropertyProvider {

    private static final String LISBON_WILDFIRE = """
            {"destinationId":"pt","type":"geopolitical","severity":"high","message":"Strikes close Lisbon airport",
             "source":"Operator desk","issuedAt":"2026-04-20T05:00:00Z","expiresAt":"2026-08-01T00:00:00Z",
             "area":{"latitude":38.77,"longitude":-9.13,"radiusKm":5}}""";

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

    private JsonHttp http() {
        return new JsonHttp(server);
    }

    private ConfidenceScoreResponse calculate(String destination, String user, String location) {
        JsonHttp.Reply reply = http().post("/api/confidence/calculate", """
                {"destinationId":"%s","userId":"%s","travelDates":{"startDate":"2026-06-10","endDate":"2026-06-17"}%s}"""
                .formatted(destination, user, location));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(json, ConfidenceScoreResponse.class);
    }

    private PostedAlert post(String body) {
        JsonHttp.Reply reply = JsonHttp.asAdmin(server).post("/api/admin/alerts", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.as(json, PostedAlert.class);
    }

    private ErrorResponse error(JsonHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.as(json, ErrorResponse.class);
    }

    @Test
    void an_alert_changes_the_next_score_and_retracting_it_restores_the_score() {
        ConfidenceScoreResponse before = calculate("PT", "lisbon-fan", "");
        assertThat(calculate("PT", "lisbon-fan", "").decisionId()).as("the score is cached").isEqualTo(before.decisionId());

        PostedAlert posted = post(LISBON_WILDFIRE);
        ConfidenceScoreResponse during = calculate("PT", "lisbon-fan", "");

        assertThat(posted.alert().destinationId()).isEqualTo("PT");
        assertThat(posted.active()).isTrue();
        assertThat(posted.origin()).isEqualTo("operator");
        assertThat(during.decisionId()).as("never the cached score from before the alert").isNotEqualTo(before.decisionId());
        assertThat(during.score()).isEqualTo(Math.max(0, Math.round((before.score() - 15) * 10) / 10.0));
        assertThat(during.adjustments()).extracting(ContextAdjustment::factor).contains("geopoliticalAlert");
        assertThat(during.adjustments()).filteredOn(a -> a.factor().equals("geopoliticalAlert")).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo(
                        "A serious geopolitical alert is in force for this destination (Strikes close Lisbon airport)"));
        assertThat(during.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.id()).isEqualTo(posted.alert().id());
            assertThat(alert.type()).isEqualTo("geopolitical");
            assertThat(alert.severity()).isEqualTo("high");
            assertThat(alert.message()).isEqualTo("Strikes close Lisbon airport");
            assertThat(alert.source()).isEqualTo("Operator desk");
            assertThat(alert.issuedAt()).isEqualTo("2026-04-20T05:00:00Z");
            assertThat(alert.expiresAt()).isEqualTo("2026-08-01T00:00:00Z");
            assertThat(alert.area().radiusKm()).isEqualTo(5.0);
        });
        assertThat(list("PT")).extracting(a -> a.alert().id()).contains(posted.alert().id());

        JsonHttp.Reply retracted = JsonHttp.asAdmin(server).delete("/api/admin/alerts/" + posted.alert().id());
        ConfidenceScoreResponse after = calculate("PT", "lisbon-fan", "");

        assertThat(retracted.status()).as(retracted.body()).isEqualTo(200);
        assertThat(retracted.as(json, PostedAlert.class).retractedAt()).isNotNull();
        assertThat(after.score()).isEqualTo(before.score());
        assertThat(after.alerts()).isEmpty();
        assertThat(after.decisionId()).as("never the cached score from during the alert").isNotEqualTo(during.decisionId());
        assertThat(list("PT")).extracting(a -> a.alert().id()).doesNotContain(posted.alert().id());
        assertThat(listAll("PT")).filteredOn(a -> a.alert().id().equals(posted.alert().id())).singleElement()
                .satisfies(a -> assertThat(a.active()).isFalse());
    }

    @Test
    void a_traveller_inside_an_alerts_area_gets_a_proximity_adjustment_as_well() {
        PostedAlert posted = post(LISBON_WILDFIRE.replace("Strikes close Lisbon airport", "Flooding in Alfama"));
        try {
            ConfidenceScoreResponse inside = calculate("PT", "in-lisbon", ",\"userLocation\":{\"latitude\":38.77,\"longitude\":-9.13}");
            ConfidenceScoreResponse away = calculate("PT", "in-lisbon", ",\"userLocation\":{\"latitude\":41.15,\"longitude\":-8.61}");

            assertThat(inside.adjustments()).filteredOn(a -> a.factor().equals("alertProximity")).singleElement()
                    .satisfies(a -> assertThat(a.reason()).isEqualTo("You are inside the area of a serious alert (Flooding in Alfama)"));
            assertThat(away.adjustments()).extracting(ContextAdjustment::factor).doesNotContain("alertProximity");
            assertThat(inside.score()).isLessThan(away.score());
        } finally {
            JsonHttp.asAdmin(server).delete("/api/admin/alerts/" + posted.alert().id());
        }
    }

    @Test
    void an_alert_that_expires_before_departure_does_not_touch_the_trip() {
        PostedAlert posted = post("""
                {"destinationId":"IS","type":"weather","severity":"critical","message":"Eruption near Grindavik",
                 "source":"Met office","expiresAt":"2026-05-01T00:00:00Z"}""");
        try {
            ConfidenceScoreResponse june = calculate("IS", "iceland", "");

            assertThat(june.alerts()).isEmpty();
            assertThat(june.adjustments()).extracting(ContextAdjustment::factor).doesNotContain("weatherAlert");
            assertThat(list("IS")).extracting(a -> a.alert().id()).contains(posted.alert().id());
        } finally {
            JsonHttp.asAdmin(server).delete("/api/admin/alerts/" + posted.alert().id());
        }
    }

    @Test
    void an_alert_without_an_expiry_is_in_force_for_thirty_days() {
        PostedAlert posted = post("""
                {"destinationId":"NO","type":"health","severity":"low","message":"Tick season","source":"Health institute"}""");

        assertThat(posted.alert().issuedAt()).isEqualTo("2026-04-20T06:00:00Z");
        assertThat(posted.alert().expiresAt()).isEqualTo("2026-05-20T06:00:00Z");
        JsonHttp.asAdmin(server).delete("/api/admin/alerts/" + posted.alert().id());
    }

    @Test
    void bad_alerts_are_a_400_that_names_the_field() {
        assertThat(error(JsonHttp.asAdmin(server).post("/api/admin/alerts", LISBON_WILDFIRE.replace("geopolitical", "political")), 400)
                .error().details()).containsEntry("field", "type");
        assertThat(error(JsonHttp.asAdmin(server).post("/api/admin/alerts", LISBON_WILDFIRE.replace("\"high\"", "\"severe\"")), 400)
                .error().details()).containsEntry("field", "severity");
        assertThat(error(JsonHttp.asAdmin(server).post("/api/admin/alerts", LISBON_WILDFIRE.replace("2026-08-01T00:00:00Z", "2026-04-01T00:00:00Z")), 400)
                .error().details()).containsEntry("field", "expiresAt");
        assertThat(error(JsonHttp.asAdmin(server).post("/api/admin/alerts", LISBON_WILDFIRE.replace("2026-04-20T05:00:00Z", "tomorrow")), 400)
                .error().details()).containsEntry("field", "issuedAt");
        assertThat(error(JsonHttp.asAdmin(server).post("/api/admin/alerts", LISBON_WILDFIRE.replace("\"radiusKm\":5", "\"radiusKm\":-5")), 400)
                .error().details()).containsEntry("field", "area.radiusKm");
        assertThat(error(JsonHttp.asAdmin(server).post("/api/admin/alerts", LISBON_WILDFIRE.replace("\"pt\"", "\"ZZ\"")), 404)
                .error().code()).isEqualTo("DESTINATION_NOT_FOUND");
        assertThat(error(JsonHttp.asAdmin(server).delete("/api/admin/alerts/no-such-alert"), 404).error().code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void importing_advisories_needs_the_live_feed_switched_on() {
        ErrorResponse off = error(JsonHttp.asAdmin(server).post("/api/admin/alerts/import-advisories", ""), 409);

        assertThat(off.error().code()).isEqualTo("CONFLICT");
        assertThat(off.error().message()).contains("confidence.context.advisories.enabled");
    }

    private List<PostedAlert> list(String destination) {
        JsonHttp.Reply reply = JsonHttp.asAdmin(server).get("/api/admin/alerts?destinationId=" + destination);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return Arrays.asList(reply.as(json, PostedAlert[].class));
    }

    private List<PostedAlert> listAll(String destination) {
        JsonHttp.Reply reply = JsonHttp.asAdmin(server).get("/api/admin/alerts?includeInactive=true&destinationId=" + destination);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return Arrays.asList(reply.as(json, PostedAlert[].class));
    }
}
