package travel.confidence.service.tripmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.assistant.TripModeStatus;
import travel.confidence.api.assistant.TripModeUpdated;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.service.support.FixedClock;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;
import travel.confidence.service.support.Travellers;

/**
 * Trip mode over the seed's endpoints: switched on and off, read back, kept in the relational store; the
 * assistant answers exactly while it is on (seed Property 12).
 */
@MicronautTest(environments = "fixed-clock", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TripModeTest implements TestPropertyProvider {

    private static final List<String> DESTINATIONS = List.of("ES", "DE", "FR", "JP", "MX", "TH", "PT", "IT", "GR", "US");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    private JsonHttp http() {
        return new JsonHttp(server);
    }

    private TripModeStatus get(String userId) {
        JsonHttp.Reply reply = http().get("/api/assistant/trip-mode/" + userId);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(json, TripModeStatus.class);
    }

    private ErrorResponse error(JsonHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.as(json, ErrorResponse.class);
    }

    @Test
    void property_12_trip_mode_activation_toggle() {
        // Feature: confidence-driven-travel-engine, Property 12: Trip Mode Activation Toggle
        String run = UUID.randomUUID().toString().substring(0, 8);
        Travellers travellers = new Travellers(http(), json);
        qt().withExamples(100)
                .forAll(integers().between(1, 40), arbitrary().pick(DESTINATIONS), lists().of(booleans().all()).ofSizeBetween(1, 4))
                .checkAssert((user, destination, switches) -> {
                    String userId = "p12-" + run + "-" + user;
                    for (boolean on : switches) {
                        JsonHttp.Reply posted = http().post("/api/assistant/trip-mode", """
                                {"userId":"%s","tripId":"trip-%s","isActive":%s,"currentDestination":"%s"}"""
                                .formatted(userId, user, on, destination));
                        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
                        assertThat(posted.as(json, TripModeUpdated.class).success()).isTrue();

                        TripModeStatus status = get(userId);
                        JsonHttp.Reply asked = travellers.ask(userId, destination, "en", "What is the emergency number?", null, null);

                        assertThat(status.isActive()).as("the assistant button shows").isEqualTo(on);
                        if (on) {
                            assertThat(asked.status()).as(asked.body()).isEqualTo(200);
                        } else {
                            assertThat(error(asked, 409).error().code()).isEqualTo("TRIP_MODE_INACTIVE");
                        }
                    }
                });
    }

    @Test
    void a_traveller_never_seen_has_trip_mode_off() {
        JsonHttp.Reply reply = http().get("/api/assistant/trip-mode/nobody-" + UUID.randomUUID());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"isActive\":false");
        assertThat(reply.as(json, TripModeStatus.class).startedAt()).isNull();
    }

    @Test
    void switching_on_keeps_the_trip_the_destination_and_when_it_started() {
        JsonHttp.Reply posted = http().post("/api/assistant/trip-mode", """
                {"userId":"on-trip","tripId":"lisbon-2026","isActive":true,"currentDestination":"pt"}""");

        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        assertThat(posted.body()).contains("\"success\":true");
        JsonHttp.Reply read = http().get("/api/assistant/trip-mode/on-trip");
        assertThat(read.body()).contains("\"isActive\":true");
        TripModeStatus status = read.as(json, TripModeStatus.class);
        assertThat(status.tripId()).isEqualTo("lisbon-2026");
        assertThat(status.currentDestination()).isEqualTo("PT");
        assertThat(status.startedAt()).isEqualTo(FixedClock.START.toString());
    }

    @Test
    void a_given_start_is_kept_and_switching_off_clears_it() {
        http().post("/api/assistant/trip-mode", """
                {"userId":"started","tripId":"t1","isActive":true,"startedAt":"2026-04-19T08:30:00+02:00","currentDestination":"ES"}""");
        assertThat(get("started").startedAt()).isEqualTo("2026-04-19T06:30:00Z");

        http().post("/api/assistant/trip-mode", """
                {"userId":"started","tripId":"t1","isActive":false}""");

        TripModeStatus off = get("started");
        assertThat(off.isActive()).isFalse();
        assertThat(off.startedAt()).isNull();
        assertThat(off.currentDestination()).as("kept for the same trip").isEqualTo("ES");
    }

    @Test
    void an_unknown_destination_is_a_400_naming_the_field() {
        ErrorResponse error = error(http().post("/api/assistant/trip-mode", """
                {"userId":"lost","tripId":"t1","isActive":true,"currentDestination":"Atlantis"}"""), 400);

        assertThat(error.error().code()).isEqualTo("VALIDATION_FAILED");
        assertThat(error.error().details()).containsEntry("field", "currentDestination");
        assertThat(get("lost").isActive()).as("nothing stored").isFalse();
    }

    @Test
    void a_start_that_is_not_a_date_time_is_a_400_naming_the_field() {
        ErrorResponse error = error(http().post("/api/assistant/trip-mode", """
                {"userId":"lost","tripId":"t1","isActive":true,"startedAt":"yesterday"}"""), 400);

        assertThat(error.error().details()).containsEntry("field", "startedAt");
    }

    @Test
    void a_switch_without_isActive_or_userId_is_a_400_naming_the_field() {
        ErrorResponse noSwitch = error(http().post("/api/assistant/trip-mode", """
                {"userId":"lost","tripId":"t1"}"""), 400);
        ErrorResponse noUser = error(http().post("/api/assistant/trip-mode", """
                {"tripId":"t1","isActive":true}"""), 400);

        assertThat(noSwitch.error().details()).containsEntry("field", "isActive");
        assertThat(noUser.error().details()).containsEntry("field", "userId");
    }
}
