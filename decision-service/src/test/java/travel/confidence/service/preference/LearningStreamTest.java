package travel.confidence.service.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static travel.confidence.service.preference.PreferenceFixtures.aBrowsingAction;
import static travel.confidence.service.preference.PreferenceFixtures.json;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.preference.LearningRun;
import travel.confidence.api.profile.PreferenceWeights;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.FactorBreakdown;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.MutableClock;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * A realistic stream: one evening of a traveller who lingers on cheap, warm places and skims dear, cold ones
 * (fixture {@code preference/cheap-and-warm-traveller.csv}). After the learning batch their weights lean
 * towards budget and weather, their scores are personalised, and the warm places climb in their ranking.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningStreamTest implements TestPropertyProvider {

    private static final Instant EVENING = Instant.parse("2026-11-20T19:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(EVENING);
    private static final List<String> CHEAP_AND_WARM = List.of("TH", "VN", "EG", "IN", "BR");
    private static final List<String> DEAR_AND_COLD = List.of("NO", "CH", "IS", "FI", "SE");
    private static final String TRAVELLER = "sun-seeker";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    DestinationCatalogue catalogue;

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

    @Test
    void a_traveller_who_lingers_on_cheap_warm_places_gets_weights_and_scores_that_follow() throws IOException {
        JsonHttp http = new JsonHttp(server);
        assertPremise();
        Map<String, ConfidenceScoreResponse> before = scores(http);
        assertThat(before.values()).allSatisfy(r -> assertThat(r.personalized()).isFalse());

        for (String[] row : stream()) {
            CLOCK.set(EVENING.plus(Duration.ofMinutes(Long.parseLong(row[0]))));
            Long millis = row.length < 4 || row[3].isBlank() ? null : Long.parseLong(row[3]) * 1000;
            JsonHttp.Reply reply = http.post("/api/preferences/track-implicit",
                    json(mapper, aBrowsingAction(TRAVELLER, row[1], row[2], CLOCK.instant().minusSeconds(1), millis)));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        }
        assertThat(weights(http).confidence()).as("implicit signals wait for the batch").isZero();

        CLOCK.advance(Duration.ofHours(3));
        JsonHttp.Reply learn = JsonHttp.asAdmin(server).post("/api/admin/preferences/learn", "");
        assertThat(learn.status()).as(learn.body()).isEqualTo(200);
        assertThat(learn.as(mapper, LearningRun.class).travellers()).isEqualTo(1);

        PreferenceWeights learned = weights(http);
        assertThat(learned.confidence()).isGreaterThan(0.5);
        assertThat(learned.weights().budgetMatch()).as("budget").isGreaterThan(0.1 / 0.9 * 1.1);
        assertThat(learned.weights().weatherStability()).as("weather").isGreaterThan(0.1 / 0.9 * 1.1);
        double others = learned.weights().safetyIndex() / (0.2 / 0.9);
        assertThat(learned.weights().budgetMatch() / (0.1 / 0.9)).as("budget gains more than safety").isGreaterThan(others);

        Map<String, ConfidenceScoreResponse> after = scores(http);
        assertThat(after.values()).allSatisfy(r -> {
            assertThat(r.personalized()).isTrue();
            assertThat(r.profileType()).isEqualTo("personalized");
        });
        for (String warm : CHEAP_AND_WARM) {
            assertThat(after.get(warm).score()).as("%s before %s", warm, before.get(warm).score())
                    .isGreaterThan(before.get(warm).score());
            assertThat(affinity(after.get(warm))).as(warm).isGreaterThanOrEqualTo(70);
        }
        for (String cold : DEAR_AND_COLD) {
            assertThat(after.get(cold).score()).as("%s before %s", cold, before.get(cold).score())
                    .isLessThan(before.get(cold).score());
            assertThat(affinity(after.get(cold))).as(cold).isLessThan(40);
        }
        assertThat(meanRankOf(CHEAP_AND_WARM, after)).isLessThan(meanRankOf(CHEAP_AND_WARM, before));
        System.out.printf("Scores of a cheap-and-warm traveller, before and after learning (%s):%n", learned.weights());
        ranking(after).forEach(id -> System.out.printf("  %s %5.1f -> %5.1f%n", id, before.get(id).score(), after.get(id).score()));
    }

    /** The fixture's places really are what it says, in the travel month, by the shipped data. */
    private void assertPremise() {
        for (String warm : CHEAP_AND_WARM) {
            var record = catalogue.find(warm).orElseThrow();
            assertThat(record.indicatorValue("priceLevelRatio").orElseThrow().value()).as(warm).isLessThan(0.5);
            assertThat(record.climate().get(11).meanTempC()).as(warm + " in December: mild to warm").isGreaterThan(14);
        }
        for (String cold : DEAR_AND_COLD) {
            var record = catalogue.find(cold).orElseThrow();
            assertThat(record.indicatorValue("priceLevelRatio").orElseThrow().value()).as(cold).isGreaterThan(0.75);
            assertThat(record.climate().get(11).meanTempC()).as(cold + " in December").isLessThan(5);
        }
    }

    private Map<String, ConfidenceScoreResponse> scores(JsonHttp http) {
        Map<String, ConfidenceScoreResponse> scores = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(CHEAP_AND_WARM);
        all.addAll(DEAR_AND_COLD);
        for (String id : all) {
            JsonHttp.Reply reply = http.post("/api/confidence/calculate", """
                    {"destinationId":"%s","userId":"%s","travelDates":{"startDate":"2026-12-12","endDate":"2026-12-22"}}"""
                    .formatted(id, TRAVELLER));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            scores.put(id, reply.as(mapper, ConfidenceScoreResponse.class));
        }
        return scores;
    }

    private PreferenceWeights weights(JsonHttp http) {
        JsonHttp.Reply reply = http.get("/api/preferences/weights/" + TRAVELLER);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(mapper, PreferenceWeights.class);
    }

    private static double affinity(ConfidenceScoreResponse response) {
        FactorBreakdown preference = response.breakdown().stream()
                .filter(f -> f.factorName().equals("preferenceAlignment")).findFirst().orElseThrow();
        return preference.evidence().stream().filter(e -> e.indicator().equals("learnedAffinity"))
                .peek(e -> assertThat(e.source()).isEqualTo(TasteAffinity.SOURCE))
                .findFirst().orElseThrow(() -> new AssertionError("no learned affinity in " + preference)).value();
    }

    private static List<String> ranking(Map<String, ConfidenceScoreResponse> scores) {
        return scores.keySet().stream()
                .sorted(Comparator.comparingDouble((String id) -> -scores.get(id).score()).thenComparing(id -> id)).toList();
    }

    private static double meanRankOf(List<String> group, Map<String, ConfidenceScoreResponse> scores) {
        List<String> ranking = ranking(scores);
        return group.stream().mapToInt(ranking::indexOf).average().orElseThrow();
    }

    private static List<String[]> stream() throws IOException {
        try (InputStream in = LearningStreamTest.class.getResourceAsStream("/preference/cheap-and-warm-traveller.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("minute"))
                    .map(l -> l.split(",", -1)).toList();
        }
    }
}
