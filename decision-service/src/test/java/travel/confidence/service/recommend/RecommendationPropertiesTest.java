package travel.confidence.service.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quicktheories.core.Gen;
import travel.confidence.api.profile.Persona;
import travel.confidence.api.profile.Preferences;
import travel.confidence.api.profile.TravelerProfile;
import travel.confidence.api.recommend.Recommendation;
import travel.confidence.api.recommend.RecommendationFilters;
import travel.confidence.api.recommend.RecommendationRequest;
import travel.confidence.api.recommend.RecommendationResponse;
import travel.confidence.api.score.TravelDates;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.service.support.TemporaryDataDir;

/** Seed Properties 9, 10 and 11 on the real catalogue, through the recommender the endpoint uses. */
@MicronautTest(environments = "fixed-clock", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationPropertiesTest implements TestPropertyProvider {

    private static final List<String> TIERS = List.of("budget", "mid-range", "luxury");
    private static final List<String> STYLES = List.of("solo", "couple", "family", "group");
    private static final List<String> LEVELS = List.of("novice", "intermediate", "experienced");

    @Inject
    Recommender recommender;
    @Inject
    DestinationCatalogue catalogue;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    private static TravelerProfile profile(String tier, String style, String level, String climate) {
        return new TravelerProfile(null, new Persona(tier, style, level),
                new Preferences(false, climate, List.of("en"), "none", null), null, null, null, null);
    }

    private RecommendationResponse recommend(TravelerProfile profile, List<String> ids, LocalDate start) {
        return recommender.recommend(new RecommendationRequest("property-user",
                new TravelDates(start.toString(), start.plusDays(9).toString()), profile,
                new RecommendationFilters(null, null, null, ids), ids.size(), null));
    }

    private Gen<TravelerProfile> profiles() {
        return arbitrary().pick(TIERS).zip(arbitrary().pick(STYLES), arbitrary().pick(LEVELS),
                arbitrary().pick(List.of("tropical", "temperate", "cold", "any")), RecommendationPropertiesTest::profile);
    }

    private Gen<LocalDate> starts() {
        return integers().between(0, 364).map(d -> LocalDate.of(2027, 1, 1).plusDays(d));
    }

    @Test
    void property_9_recommendation_ordering_by_confidence() {
        // Feature: confidence-driven-travel-engine, Property 9: Recommendation Ordering by Confidence
        List<String> ids = List.copyOf(catalogue.ids());
        qt().withExamples(100)
                .forAll(lists().of(arbitrary().pick(ids)).ofSizeBetween(2, 25), profiles(), starts())
                .checkAssert((chosen, profile, start) -> {
                    List<Recommendation> ranked = recommend(profile, chosen.stream().distinct().toList(), start)
                            .recommendations();
                    for (int i = 1; i < ranked.size(); i++) {
                        assertThat(ranked.get(i).matchPercentage()).isLessThanOrEqualTo(ranked.get(i - 1).matchPercentage());
                        assertThat(ranked.get(i).rank()).isEqualTo(i + 1);
                    }
                });
    }

    @Test
    void property_10_confidence_match_percentage_range() {
        // Feature: confidence-driven-travel-engine, Property 10: Confidence Match Percentage Range
        List<String> ids = List.copyOf(catalogue.ids());
        qt().withExamples(100)
                .forAll(lists().of(arbitrary().pick(ids)).ofSizeBetween(1, 25), profiles(), starts())
                .checkAssert((chosen, profile, start) -> assertThat(
                        recommend(profile, chosen.stream().distinct().toList(), start).recommendations())
                        .allSatisfy(r -> assertThat(r.matchPercentage()).isBetween(0.0, 100.0)));
    }

    @Test
    void property_11_persona_attributes_influence_matching() {
        // Feature: confidence-driven-travel-engine, Property 11: Persona Attributes Influence Matching.
        // Over destinations the data covers in full; each attribute is changed to every other value it can take.
        List<String> wellCovered = catalogue.all().stream().filter(d -> d.factorsWithData() == 8)
                .map(DestinationRecord::id).toList();
        qt().withExamples(150)
                .forAll(arbitrary().pick(wellCovered), profiles(), starts(), integers().between(0, 2))
                .checkAssert((destination, profile, start, attribute) -> {
                    double original = match(destination, profile, start);
                    Persona p = profile.persona();
                    List<String> others = switch (attribute) {
                        case 0 -> TIERS.stream().filter(v -> !v.equals(p.budgetTier())).toList();
                        case 1 -> STYLES.stream().filter(v -> !v.equals(p.travelStyle())).toList();
                        default -> LEVELS.stream().filter(v -> !v.equals(p.experienceLevel())).toList();
                    };
                    for (String other : others) {
                        Persona changed = switch (attribute) {
                            case 0 -> new Persona(other, p.travelStyle(), p.experienceLevel());
                            case 1 -> new Persona(p.budgetTier(), other, p.experienceLevel());
                            default -> new Persona(p.budgetTier(), p.travelStyle(), other);
                        };
                        TravelerProfile changedProfile = new TravelerProfile(null, changed, profile.preferences(),
                                null, null, null, null);
                        assertThat(match(destination, changedProfile, start))
                                .as("%s for %s changed to %s", destination, p, changed)
                                .isNotEqualTo(original);
                    }
                });
    }

    private double match(String destination, TravelerProfile profile, LocalDate start) {
        return recommend(profile, List.of(destination), start).recommendations().get(0).matchPercentage();
    }
}
