package travel.confidence.service.quarantine;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.api.preference.QuarantineItem;
import travel.confidence.api.preference.QuarantinePage;
import travel.confidence.api.preference.TrackResult;
import travel.confidence.api.profile.PreferenceWeights;
import travel.confidence.data.preference.FeedbackStore;
import travel.confidence.data.preference.SignalStore;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.MutableClock;
import travel.confidence.service.support.TemporaryDataDir;

/** Reviewing the quarantine: filters, approval (then learned from), rejection with a reason, the review log. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarantineAdminTest implements TestPropertyProvider {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(NOW);
    private static final AtomicInteger USERS = new AtomicInteger();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    SignalStore signals;
    @Inject
    FeedbackStore feedback;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.preferences.learning-scheduled", "false");
        return properties;
    }

    private JsonHttp http() {
        return new JsonHttp(server);
    }

    /** The reviewer: an editor signed in as rita.reviewer. */
    private JsonHttp reviewer() {
        return JsonHttp.asStaff(server, "rita.reviewer", "editor");
    }

    private static String newUser() {
        return "reviewed-" + USERS.incrementAndGet();
    }

    private QuarantinePage list(String query) {
        JsonHttp.Reply reply = reviewer().get("/api/admin/quarantine" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(mapper, QuarantinePage.class);
    }

    private QuarantineItem decide(String id, String action, String body, int status) {
        JsonHttp.Reply reply = reviewer().post("/api/admin/quarantine/" + id + "/" + action, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.as(mapper, QuarantineItem.class);
    }

    private String quarantineFutureView(String user, String destination) {
        JsonHttp.Reply reply = http().post("/api/preferences/track-implicit",
                json(mapper, aView(user, destination, NOW.plus(Duration.ofDays(2)), Duration.ofSeconds(40))));
        assertThat(reply.as(mapper, TrackResult.class).quarantined()).isTrue();
        return list("?userId=" + user + "&status=pending").items().get(0).id();
    }

    @Test
    void the_list_filters_by_kind_reason_user_status_and_time_and_pages() {
        String user = newUser();
        CLOCK.set(NOW);
        http().post("/api/preferences/track-implicit", json(mapper, aView(user, "XQ", NOW.minusSeconds(10), Duration.ofSeconds(4))));
        CLOCK.set(NOW.plus(Duration.ofHours(1)));
        http().post("/api/preferences/track-implicit", json(mapper, aView(user, "JP", NOW.plus(Duration.ofDays(5)), Duration.ofSeconds(4))));
        http().post("/api/preferences/submit-feedback", json(mapper, aHappyTrip(user, "t1", "JP", NOW.minus(Duration.ofDays(1)))));
        http().post("/api/preferences/submit-feedback", json(mapper, aSurvey(user, "t1", "JP", NOW.minus(Duration.ofDays(1)), 1, 1, 1, 1, 1)));
        CLOCK.set(NOW);

        assertThat(list("?userId=" + user).total()).isEqualTo(3);
        assertThat(list("?userId=" + user + "&kind=explicit-feedback").items())
                .singleElement().satisfies(i -> {
                    assertThat(i.reasons()).containsExactly("DUPLICATE_FEEDBACK");
                    assertThat(i.explanation()).singleElement().asString().contains("already gave different feedback");
                    assertThat(i.feedback().ratings().overall()).isEqualTo(1.0);
                    assertThat(i.signal()).isNull();
                });
        assertThat(list("?userId=" + user + "&reason=UNKNOWN_DESTINATION").items())
                .singleElement().satisfies(i -> assertThat(i.destinationId()).isEqualTo("XQ"));
        assertThat(list("?userId=" + user + "&from=" + NOW.plus(Duration.ofMinutes(30))).total()).isEqualTo(2);
        assertThat(list("?userId=" + user + "&to=" + NOW.plus(Duration.ofMinutes(30))).total()).isEqualTo(1);
        QuarantinePage first = list("?userId=" + user + "&size=2&page=0");
        QuarantinePage second = list("?userId=" + user + "&size=2&page=1");
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1);
        assertThat(first.items().get(0).receivedAt()).isGreaterThanOrEqualTo(first.items().get(1).receivedAt());
        assertThat(list("?userId=" + user + "&status=approved").total()).isZero();
    }

    @Test
    void a_bad_filter_is_a_400_that_names_it() {
        for (String[] c : new String[][] {{"?kind=spam", "kind"}, {"?reason=BORED", "reason"}, {"?status=maybe", "status"},
                {"?from=yesterday", "from"}, {"?size=0", "size"}, {"?page=-1", "page"}}) {
            JsonHttp.Reply reply = reviewer().get("/api/admin/quarantine" + c[0]);
            assertThat(reply.status()).as(c[0]).isEqualTo(400);
            assertThat(reply.as(mapper, ErrorResponse.class).error().details()).as(c[0]).containsEntry("field", c[1]);
        }
    }

    @Test
    void an_approved_signal_is_learned_from_with_the_next_batch_and_the_decision_is_logged() {
        String user = newUser();
        for (int i = 0; i < 10; i++) {
            http().post("/api/preferences/track-implicit", json(mapper, aView(user, "TH", NOW.minusSeconds(600 + i), Duration.ofSeconds(90))));
        }
        String id = quarantineFutureView(user, "EG");

        QuarantineItem approved = decide(id, "approve", "{\"reason\":\"client clock was off by two days\"}", 200);

        assertThat(approved.status()).isEqualTo("approved");
        assertThat(approved.decidedBy()).isEqualTo("rita.reviewer");
        assertThat(approved.decidedAt()).isEqualTo(NOW.toString());
        assertThat(approved.audit()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("approve");
            assertThat(a.actor()).isEqualTo("rita.reviewer");
            assertThat(a.at()).isEqualTo(NOW.toString());
            assertThat(a.reason()).isEqualTo("client clock was off by two days");
        });
        assertThat(signals.forUser(user, NOW, 50)).hasSize(11).anySatisfy(s -> assertThat(s.approvedFrom()).isEqualTo(id));

        assertThat(JsonHttp.asAdmin(server).post("/api/admin/preferences/learn", "").status()).isEqualTo(200);
        JsonHttp.Reply weights = http().get("/api/preferences/weights/" + user);
        assertThat(weights.as(mapper, PreferenceWeights.class).confidence())
                .as("eleven interactions with the approved one: past the threshold of ten")
                .isGreaterThan(0);
    }

    @Test
    void approved_feedback_on_a_trip_replaces_the_earlier_one_at_once_and_the_earlier_one_is_kept() {
        String user = newUser();
        for (int i = 0; i < 9; i++) {
            http().post("/api/preferences/submit-feedback",
                    json(mapper, aSurvey(user, "trip-" + i, "PT", NOW.minus(Duration.ofDays(30 + i)), 4, 4, 4, 4, 4)));
        }
        http().post("/api/preferences/submit-feedback", json(mapper, aHappyTrip(user, "lisbon", "PT", NOW.minus(Duration.ofDays(2)))));
        http().post("/api/preferences/submit-feedback",
                json(mapper, aSurvey(user, "lisbon", "PT", NOW.minus(Duration.ofDays(1)), 2, 5, 1, 5, 5)));
        String id = list("?userId=" + user + "&reason=DUPLICATE_FEEDBACK").items().get(0).id();
        double before = http().get("/api/preferences/weights/" + user).as(mapper, PreferenceWeights.class).weights().budgetMatch();

        decide(id, "approve", "{\"reason\":\"the traveller corrected their survey\"}", 200);

        assertThat(feedback.find(user, "lisbon")).get().satisfies(f -> {
            assertThat(f.ratings().overall()).isEqualTo(2.0);
            assertThat(f.approvedFrom()).isEqualTo(id);
        });
        assertThat(list("?userId=" + user + "&reason=SUPERSEDED").items()).singleElement().satisfies(old -> {
            assertThat(old.status()).isEqualTo("rejected");
            assertThat(old.feedback().ratings().overall()).isEqualTo(5.0);
            assertThat(old.decisionReason()).contains(id);
        });
        double after = http().get("/api/preferences/weights/" + user).as(mapper, PreferenceWeights.class).weights().budgetMatch();
        assertThat(after).as("value drove the corrected verdict, learned at once").isGreaterThan(before);
    }

    @Test
    void a_rejection_needs_a_reason_is_logged_and_the_record_stays_unlearned() {
        String user = newUser();
        String id = quarantineFutureView(user, "JP");

        JsonHttp.Reply noReason = reviewer().post("/api/admin/quarantine/" + id + "/reject", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.as(mapper, ErrorResponse.class).error().details()).containsEntry("field", "reason");
        JsonHttp.Reply signedOut = http().post("/api/admin/quarantine/" + id + "/reject", "{\"reason\":\"bot\"}");
        assertThat(signedOut.status()).as("only signed-in staff review").isEqualTo(401);

        QuarantineItem rejected = decide(id, "reject", "{\"reason\":\"scripted traffic\"}", 200);

        assertThat(rejected.status()).isEqualTo("rejected");
        assertThat(rejected.decisionReason()).isEqualTo("scripted traffic");
        assertThat(rejected.audit()).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo("reject"));
        assertThat(rejected.signal()).as("the record is kept").isNotNull();
        assertThat(signals.forUser(user, NOW.plus(Duration.ofDays(30)), 10)).isEmpty();
        assertThat(reviewer().get("/api/admin/quarantine/" + id).as(mapper, QuarantineItem.class).status()).isEqualTo("rejected");
    }

    @Test
    void a_record_is_decided_once() {
        String id = quarantineFutureView(newUser(), "JP");
        decide(id, "reject", "{\"reason\":\"spam\"}", 200);

        JsonHttp.Reply again = reviewer().post("/api/admin/quarantine/" + id + "/approve", "{}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.as(mapper, ErrorResponse.class).error().code()).isEqualTo("CONFLICT");
        assertThat(reviewer().get("/api/admin/quarantine/" + id).as(mapper, QuarantineItem.class).audit()).hasSize(1);
    }

    @Test
    void an_unknown_record_is_a_404() {
        assertThat(reviewer().post("/api/admin/quarantine/nope/approve", "{}").status()).isEqualTo(404);
        assertThat(reviewer().get("/api/admin/quarantine/nope").status()).isEqualTo(404);
    }
}
