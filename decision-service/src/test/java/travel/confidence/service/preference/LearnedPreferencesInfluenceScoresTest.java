package travel.confidence.service.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.data.preference.Ratings;
import travel.confidence.data.profile.StoredWeights;
import travel.confidence.data.profile.WeightsRepository;
import travel.confidence.rules.model.Factor;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/** Seed Property 17 end to end: weights learned from a traveller's surveys change their /calculate scores. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnedPreferencesInfluenceScoresTest implements TestPropertyProvider {

    private static final List<String> DESTINATIONS = List.of("JP", "FR", "TH", "NO", "BR", "EG", "US", "IN", "AU", "ZA",
            "PE", "IS", "KE", "MX", "DE");
    private static final AtomicInteger USERS = new AtomicInteger();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    WeightsRepository weights;

    private final Map<String, ConfidenceScoreResponse> general = new HashMap<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.preferences.learning-scheduled", "false");
        return properties;
    }

    @Test
    void property_17_learned_preferences_influence_scores() {
        // Feature: confidence-driven-travel-engine, Property 17: Learned Preferences Influence Scores.
        // Every traveller here told us in ten or more surveys which aspect makes or breaks a trip for them.
        // A score can only move if the destination stands apart on that aspect (on Thailand, good transport
        // and hard language cancel out for a traveller who cares about getting around), so each traveller is
        // scored on the sample destination that stands apart most on what they care about.
        JsonHttp http = new JsonHttp(server);
        DESTINATIONS.forEach(d -> general.computeIfAbsent(d, id -> calculate(http, id, "general-" + id)));
        qt().withExamples(100).withShrinkCycles(10)
                .forAll(arbitrary().enumValues(LearningRule.Aspect.class), arbitrary().pick(List.of(1, 5)),
                        integers().between(LearningRule.MIN_INTERACTIONS, 40))
                .checkAssert((aspect, overall, surveys) -> {
                    String user = "surveyed-" + USERS.incrementAndGet();
                    int other = 6 - overall;
                    Ratings verdict = new Ratings(overall, aspect == LearningRule.Aspect.SAFETY ? overall : other,
                            aspect == LearningRule.Aspect.VALUE ? overall : other,
                            aspect == LearningRule.Aspect.ACCESSIBILITY ? overall : other,
                            aspect == LearningRule.Aspect.EXPERIENCE ? overall : other);
                    LearningRule.Learned learned = LearningRule.learn(LearningRuleTest.DEFAULTS, List.of(),
                            Collections.nCopies(surveys, verdict));
                    store(user, learned);
                    String destination = standingApartMostOn(aspect);

                    ConfidenceScoreResponse personal = calculate(http, destination, user);

                    assertThat(personal.personalized()).isTrue();
                    assertThat(personal.score()).as("%s favouring %s", destination, aspect)
                            .isNotEqualTo(general.get(destination).score());
                });
    }

    /** The destination whose scores on the aspect's factors sit furthest from its overall base score. */
    private String standingApartMostOn(LearningRule.Aspect aspect) {
        return DESTINATIONS.stream().max(Comparator.comparingDouble(id -> {
            ConfidenceScoreResponse response = general.get(id);
            return Math.abs(response.breakdown().stream()
                    .filter(f -> Factor.byKey(f.factorName()).filter(Factor::isLearnable)
                            .map(LearningRule.Aspect::of).orElse(null) == aspect)
                    .mapToDouble(f -> f.score() - response.baseScore()).sum());
        })).orElseThrow();
    }

    private void store(String user, LearningRule.Learned learned) {
        Map<Factor, Double> w = learned.weights();
        weights.save(new StoredWeights(user, w.get(Factor.SAFETY_INDEX), w.get(Factor.WEATHER_STABILITY),
                w.get(Factor.TRANSPORT_ACCESSIBILITY), w.get(Factor.LANGUAGE_COMPATIBILITY), w.get(Factor.HEALTH_EMERGENCY),
                w.get(Factor.BUDGET_MATCH), w.get(Factor.CROWD_DENSITY), learned.confidence(), learned.interactions(),
                Instant.parse("2026-11-27T10:00:00Z"), null, null, null, null, null, null, null, null, null));
    }

    private ConfidenceScoreResponse calculate(JsonHttp http, String destination, String user) {
        JsonHttp.Reply reply = http.post("/api/confidence/calculate", """
                {"destinationId":"%s","userId":"%s","travelDates":{"startDate":"2027-05-03","endDate":"2027-05-12"}}"""
                .formatted(destination, user));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(mapper, ConfidenceScoreResponse.class);
    }
}
