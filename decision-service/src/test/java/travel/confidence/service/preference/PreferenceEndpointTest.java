package travel.confidence.service.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;
import static travel.confidence.service.preference.PreferenceFixtures.aBrowsingAction;
import static travel.confidence.service.preference.PreferenceFixtures.aHappyTrip;
import static travel.confidence.service.preference.PreferenceFixtures.aSurvey;
import static travel.confidence.service.preference.PreferenceFixtures.aView;
import static travel.confidence.service.preference.PreferenceFixtures.json;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.api.preference.ExplicitFeedback;
import travel.confidence.api.preference.FeedbackRatings;
import travel.confidence.api.preference.ImplicitSignal;
import travel.confidence.api.preference.TrackResult;
import travel.confidence.api.profile.PreferenceWeights;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.preference.FeedbackStore;
import travel.confidence.data.preference.QuarantineQuery;
import travel.confidence.data.preference.QuarantineStore;
import travel.confidence.data.preference.QuarantinedRecord;
import travel.confidence.data.preference.RecordedFeedback;
import travel.confidence.data.preference.RecordedSignal;
import travel.confidence.data.preference.SignalStore;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.MutableClock;
import travel.confidence.service.support.TemporaryDataDir;

/** The seed's preference endpoints: what is stored, what is quarantined and why, and what is refused. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreferenceEndpointTest implements TestPropertyProvider {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(NOW);
    private static final AtomicInteger USERS = new AtomicInteger();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    DestinationCatalogue catalogue;
    @Inject
    SignalStore signals;
    @Inject
    FeedbackStore feedback;
    @Inject
    QuarantineStore quarantine;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    private JsonHttp http() {
        return new JsonHttp(server);
    }

    private static String newUser(String prefix) {
        return prefix + "-" + USERS.incrementAndGet();
    }

    private JsonHttp.Reply track(ImplicitSignal signal) {
        return http().post("/api/preferences/track-implicit", json(mapper, signal));
    }

    private JsonHttp.Reply submit(ExplicitFeedback survey) {
        return http().post("/api/preferences/submit-feedback", json(mapper, survey));
    }

    private TrackResult result(JsonHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.as(mapper, TrackResult.class);
    }

    @Test
    void property_14_implicit_signal_tracking() {
        // Feature: confidence-driven-travel-engine, Property 14: Implicit Signal Tracking
        List<String> destinations = List.copyOf(catalogue.ids());
        qt().withExamples(100).withShrinkCycles(20)
                .forAll(arbitrary().pick(List.of("click", "view", "hover", "bookmark")), arbitrary().pick(destinations),
                        longs().between(-Duration.ofDays(700).toMillis(), Duration.ofMinutes(4).toMillis()),
                        integers().between(-1, (int) Duration.ofHours(24).toMillis()))
                .checkAssert((eventType, destination, offsetMillis, duration) -> {
                    String user = newUser("p14");
                    Instant at = NOW.plusMillis(offsetMillis);
                    Long durationMs = duration < 0 ? null : (long) duration;

                    TrackResult result = result(track(aBrowsingAction(user, eventType, destination, at, durationMs)), 200);

                    assertThat(result.success()).isTrue();
                    assertThat(result.quarantined()).isFalse();
                    assertThat(signals.forUser(user, NOW, 10)).singleElement().satisfies(stored -> {
                        assertThat(stored.eventType()).isEqualTo(eventType);
                        assertThat(stored.destinationId()).isEqualTo(destination);
                        assertThat(stored.timestamp()).isEqualTo(at);
                        assertThat(stored.durationMs()).isEqualTo(durationMs);
                        assertThat(stored.userId()).isEqualTo(user);
                    });
                });
    }

    @Test
    void property_15_explicit_feedback_storage() {
        // Feature: confidence-driven-travel-engine, Property 15: Explicit Feedback Storage
        List<String> destinations = List.copyOf(catalogue.ids());
        qt().withExamples(100).withShrinkCycles(20)
                .forAll(arbitrary().pick(destinations), strings().basicLatinAlphabet().ofLengthBetween(1, 40),
                        lists().of(integers().between(1, 5)).ofSize(5),
                        lists().of(arbitrary().pick(List.of("great", "food", "très", "bien", "日本", "最高", "👍", "rain,",
                                "\"quoted\"", "line\nbreak", "a\\b"))).ofSizeBetween(0, 30).map(words -> String.join(" ", words)))
                .assuming((destination, trip, r, comments) -> !trip.isBlank())
                .checkAssert((destination, trip, r, comments) -> {
                    String user = newUser("p15");
                    FeedbackRatings ratings = new FeedbackRatings((double) r.get(0), (double) r.get(1), (double) r.get(2),
                            (double) r.get(3), (double) r.get(4));
                    Instant at = NOW.minus(Duration.ofDays(3));
                    ExplicitFeedback survey = new ExplicitFeedback(user, trip, destination, ratings,
                            comments.isEmpty() ? null : comments, at.toString());

                    TrackResult result = result(submit(survey), 200);

                    assertThat(result.success()).isTrue();
                    RecordedFeedback stored = feedback.find(user, trip).orElseThrow();
                    assertThat(stored.userId()).isEqualTo(user);
                    assertThat(stored.tripId()).isEqualTo(trip);
                    assertThat(stored.destinationId()).isEqualTo(destination);
                    assertThat(stored.ratings().overall()).isEqualTo(ratings.overall());
                    assertThat(stored.ratings().safety()).isEqualTo(ratings.safety());
                    assertThat(stored.ratings().value()).isEqualTo(ratings.value());
                    assertThat(stored.ratings().accessibility()).isEqualTo(ratings.accessibility());
                    assertThat(stored.ratings().experience()).isEqualTo(ratings.experience());
                    assertThat(stored.comments()).isEqualTo(comments.isEmpty() ? null : comments);
                    assertThat(stored.timestamp()).isEqualTo(at);
                });
    }

    static Stream<String> invalidCases() {
        try (InputStream index = PreferenceEndpointTest.class.getResourceAsStream("/preference/invalid/index.txt")) {
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void a_schema_error_is_a_400_that_names_the_field_and_stores_nothing(String file) throws IOException {
        String[] parts = file.split("--");
        String endpoint = parts[0];
        String field = parts[1];
        String body;
        try (InputStream in = getClass().getResourceAsStream("/preference/invalid/" + file)) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long heldBefore = quarantine.search(new QuarantineQuery(null, null, "u1", null, null, null, 0, 1)).total();

        JsonHttp.Reply reply = http().post("/api/preferences/" + endpoint, body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        ErrorResponse error = reply.as(mapper, ErrorResponse.class);
        assertThat(error.error().details()).as(reply.body()).containsEntry("field", field);
        assertThat(error.error().retryable()).isFalse();
        assertThat(reply.body()).doesNotContain("Exception", "travel.confidence");
        assertThat(signals.forUser("u1", NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
        assertThat(feedback.find("u1", "t1")).isEmpty();
        assertThat(quarantine.search(new QuarantineQuery(null, null, "u1", null, null, null, 0, 1)).total())
                .isEqualTo(heldBefore);
    }

    @Test
    void a_timestamp_with_any_offset_is_stored_as_the_same_instant() {
        String user = newUser("offset");
        TrackResult result = result(track(new ImplicitSignal(user, "click", "jp", null, "2026-11-27T10:30:00.250+01:00")), 200);

        assertThat(result.success()).isTrue();
        assertThat(signals.forUser(user, NOW, 10)).singleElement().satisfies(s -> {
            assertThat(s.timestamp()).isEqualTo(Instant.parse("2026-11-27T09:30:00.250Z"));
            assertThat(s.destinationId()).isEqualTo("JP");
        });
    }

    @Test
    void a_client_retrying_the_same_signal_stores_it_once() {
        String user = newUser("retry");
        ImplicitSignal signal = aView(user, "PT", NOW.minusSeconds(30), Duration.ofSeconds(40));

        assertThat(result(track(signal), 200).success()).isTrue();
        assertThat(result(track(signal), 200).success()).isTrue();

        assertThat(signals.forUser(user, NOW, 10)).hasSize(1);
    }

    @Test
    void implausible_signals_are_quarantined_with_their_reasons_and_not_learned_from() {
        String user = newUser("implausible");
        record Case(ImplicitSignal signal, String reason) {
        }
        List<Case> cases = List.of(
                new Case(aView(user, "JP", NOW.plus(Duration.ofHours(2)), Duration.ofSeconds(10)), "FUTURE_TIMESTAMP"),
                new Case(aView(user, "JP", NOW.minus(Duration.ofDays(3 * 365)), Duration.ofSeconds(10)), "STALE_TIMESTAMP"),
                new Case(aView(user, "JP", NOW.minusSeconds(60), Duration.ofHours(25)), "DURATION_TOO_LONG"),
                new Case(aView(user, "XQ", NOW.minusSeconds(60), Duration.ofSeconds(10)), "UNKNOWN_DESTINATION"));
        for (Case c : cases) {
            TrackResult result = result(track(c.signal()), 202);
            assertThat(result.success()).as(c.reason()).isTrue();
            assertThat(result.quarantined()).as(c.reason()).isTrue();
            assertThat(result.reasons()).as(c.reason()).containsExactly(c.reason());
        }

        assertThat(signals.forUser(user, NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
        QuarantineStore.Page held = quarantine.search(new QuarantineQuery(null, null, user, null, null, null, 0, 10));
        assertThat(held.total()).isEqualTo(4);
        assertThat(held.items()).allSatisfy(q -> {
            assertThat(q.kind()).isEqualTo(QuarantinedRecord.Kind.IMPLICIT_SIGNAL);
            assertThat(q.status()).isEqualTo(QuarantinedRecord.Status.PENDING);
            assertThat(q.signal()).isNotNull();
        });
        assertThat(held.items()).flatExtracting(QuarantinedRecord::reasons)
                .containsExactlyInAnyOrder("FUTURE_TIMESTAMP", "STALE_TIMESTAMP", "DURATION_TOO_LONG", "UNKNOWN_DESTINATION");
    }

    @Test
    void a_timestamp_a_little_ahead_is_client_clock_drift_and_accepted() {
        String user = newUser("drift");
        assertThat(result(track(aView(user, "JP", NOW.plus(Duration.ofMinutes(2)), Duration.ofSeconds(5))), 200)
                .quarantined()).isFalse();
    }

    @Test
    void a_burst_faster_than_a_person_browses_is_quarantined_after_the_limit() {
        String user = newUser("burst");
        int accepted = 0;
        int held = 0;
        for (int i = 0; i < 25; i++) {
            TrackResult result = track(aBrowsingAction(user, "hover", "FR", NOW.minusMillis(i), 200L)).as(mapper, TrackResult.class);
            if (result.quarantined()) {
                assertThat(result.reasons()).containsExactly("BURST");
                held++;
            } else {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(20);
        assertThat(held).isEqualTo(5);
        assertThat(quarantine.search(new QuarantineQuery(null, "BURST", user, null, null, null, 0, 50)).total()).isEqualTo(5);
    }

    @Test
    void different_feedback_on_the_same_trip_is_quarantined_but_a_retry_is_not() {
        String user = newUser("twice");
        ExplicitFeedback first = aHappyTrip(user, "trip-1", "IT", NOW.minus(Duration.ofDays(2)));
        ExplicitFeedback second = aSurvey(user, "trip-1", "IT", NOW.minus(Duration.ofDays(1)), 2, 3, 1, 3, 2);

        assertThat(result(submit(first), 200).quarantined()).isFalse();
        assertThat(result(submit(first), 200).quarantined()).as("the same answers again: a retry").isFalse();
        TrackResult duplicate = result(submit(second), 202);

        assertThat(duplicate.reasons()).containsExactly("DUPLICATE_FEEDBACK");
        assertThat(feedback.find(user, "trip-1")).get().extracting(f -> f.ratings().overall()).isEqualTo(5.0);
        assertThat(quarantine.search(new QuarantineQuery(QuarantinedRecord.Kind.EXPLICIT_FEEDBACK, "DUPLICATE_FEEDBACK",
                user, QuarantinedRecord.Status.PENDING, null, null, 0, 10)).items())
                .singleElement().satisfies(q -> assertThat(q.feedback().ratings().overall()).isEqualTo(2.0));
    }

    @Test
    void the_same_implausible_record_sent_again_is_held_once_and_counted() {
        String user = newUser("again");
        ImplicitSignal fromTheFuture = aView(user, "JP", NOW.plus(Duration.ofDays(1)), Duration.ofSeconds(10));
        result(track(fromTheFuture), 202);
        result(track(fromTheFuture), 202);

        assertThat(quarantine.search(new QuarantineQuery(null, null, user, null, null, null, 0, 10)).items())
                .singleElement().satisfies(q -> assertThat(q.occurrences()).isEqualTo(2));
    }

    @Test
    void a_traveller_with_nothing_learned_gets_the_default_weights_with_confidence_zero() {
        JsonHttp.Reply reply = http().get("/api/preferences/weights/" + newUser("stranger"));

        assertThat(reply.status()).isEqualTo(200);
        PreferenceWeights weights = reply.as(mapper, PreferenceWeights.class);
        assertThat(weights.confidence()).isZero();
        assertThat(weights.lastUpdated()).isEqualTo(NOW.toString());
        assertThat(weights.weights().safetyIndex()).isEqualTo(0.2 / 0.9, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(weights.weights().budgetMatch()).isEqualTo(0.1 / 0.9, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(reply.body()).contains("\"safetyIndex\"", "\"weatherStability\"", "\"transportAccessibility\"",
                "\"languageCompatibility\"", "\"healthEmergency\"", "\"budgetMatch\"", "\"crowdDensity\"",
                "\"confidence\"", "\"lastUpdated\"");
    }

    @Test
    void feedback_applies_at_once_and_signals_wait_for_the_batch() {
        String user = newUser("immediate");
        for (int i = 0; i < 12; i++) {
            result(track(aView(user, "TH", NOW.minusSeconds(100 + i), Duration.ofSeconds(90))), 200);
        }
        assertThat(http().get("/api/preferences/weights/" + user).as(mapper, PreferenceWeights.class).confidence())
                .as("signals alone wait for the batch").isZero();

        for (int i = 0; i < 10; i++) {
            result(submit(aSurvey(user, "trip-" + i, "TH", NOW.minus(Duration.ofDays(10 + i)), 4, 2, 4, 2, 2)), 200);
        }

        PreferenceWeights weights = http().get("/api/preferences/weights/" + user).as(mapper, PreferenceWeights.class);
        assertThat(weights.confidence()).isGreaterThan(0);
        assertThat(weights.weights().budgetMatch()).as("value drove these verdicts").isGreaterThan(0.1 / 0.9);
    }

    @Test
    void a_stored_signal_is_in_the_store_when_success_is_answered() {
        String user = newUser("durable");
        RecordedSignal stored;
        result(track(aView(user, "NZ", NOW.minusSeconds(5), Duration.ofSeconds(3))), 200);
        stored = signals.forUser(user, NOW, 1).get(0);
        assertThat(stored.receivedAt()).isEqualTo(NOW);
        assertThat(stored.acceptedAt()).isEqualTo(NOW);
        assertThat(stored.approvedFrom()).isNull();
    }
}
