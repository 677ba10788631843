package travel.confidence.service.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import travel.confidence.data.preference.Ratings;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.Weights;

/** The learning rule on its own: seed Property 16 and the worked example of the README. */
class LearningRuleTest {

    private static final int EXAMPLES = 200;
    /** The seed's default weights. */
    static final Map<Factor, Double> DEFAULTS = LearningRule.learnableDefaults(Weights.ofFractions(Map.of(
            Factor.SAFETY_INDEX, 0.20, Factor.WEATHER_STABILITY, 0.10, Factor.TRANSPORT_ACCESSIBILITY, 0.15,
            Factor.LANGUAGE_COMPATIBILITY, 0.10, Factor.HEALTH_EMERGENCY, 0.15, Factor.BUDGET_MATCH, 0.10,
            Factor.CROWD_DENSITY, 0.10, Factor.PREFERENCE_ALIGNMENT, 0.10)));
    private static final List<Factor> LEARNABLE = List.of(Factor.SAFETY_INDEX, Factor.WEATHER_STABILITY,
            Factor.TRANSPORT_ACCESSIBILITY, Factor.LANGUAGE_COMPATIBILITY, Factor.HEALTH_EMERGENCY,
            Factor.BUDGET_MATCH, Factor.CROWD_DENSITY);

    static Gen<Ratings> ratings() {
        return lists().of(integers().between(1, 5)).ofSize(5)
                .map(r -> new Ratings(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
    }

    static Gen<Map<Factor, Double>> profiles() {
        return lists().of(doubles().between(-3, 3)).ofSize(LEARNABLE.size()).map(values -> {
            Map<Factor, Double> profile = new EnumMap<>(Factor.class);
            for (int i = 0; i < LEARNABLE.size(); i++) {
                profile.put(LEARNABLE.get(i), values.get(i));
            }
            return profile;
        });
    }

    static Gen<LearningRule.Engagement> engagements() {
        Gen<Long> durations = integers().between(-1, 3_600_000).map(ms -> ms < 0 ? null : (long) ms);
        return arbitrary().pick(List.of("click", "view", "hover", "bookmark"))
                .zip(durations, profiles(), LearningRule.Engagement::new);
    }

    @Test
    void property_16_learned_weights_stay_in_range_and_add_up_to_one() {
        // Feature: confidence-driven-travel-engine, Property 16: Preference Weight Updates (range [0, 1])
        qt().withExamples(EXAMPLES)
                // At least MIN_INTERACTIONS by construction (an assumption QuickTheories must satisfy by chance can
                // exhaust its attempts): some signals, some surveys, always ten or more together.
                .forAll(lists().of(engagements()).ofSizeBetween(LearningRule.MIN_INTERACTIONS - 5, 60),
                        lists().of(ratings()).ofSizeBetween(5, 15))
                .checkAssert((signals, feedback) -> {
                    LearningRule.Learned learned = LearningRule.learn(DEFAULTS, signals, feedback);
                    assertThat(learned.weights().keySet()).containsExactlyInAnyOrderElementsOf(LEARNABLE);
                    assertThat(learned.weights().values()).allSatisfy(w -> assertThat(w).isBetween(0.0, 1.0));
                    assertThat(learned.weights().values().stream().mapToDouble(Double::doubleValue).sum())
                            .isCloseTo(1.0, within(1e-9));
                    assertThat(learned.confidence()).isGreaterThan(0).isLessThan(1);
                    assertThat(learned.interactions()).isEqualTo(signals.size() + feedback.size());
                    learned.weights().forEach((factor, w) -> assertThat(w / DEFAULTS.get(factor))
                            .as("%s moves at most e^2 from its default", factor.key())
                            .isBetween(Math.exp(-2) - 1e-12, Math.exp(2) + 1e-12));
                });
    }

    @Test
    void property_16_feedback_that_rates_an_aspect_like_the_whole_trip_weighs_that_aspect_up() {
        // Feature: confidence-driven-travel-engine, Property 16: Preference Weight Updates (reflect new feedback).
        // The new survey gives the aspect the overall rating and every other aspect the opposite extreme: the
        // clearest statement that this aspect made or broke the trip.
        qt().withExamples(EXAMPLES)
                .forAll(lists().of(ratings()).ofSizeBetween(LearningRule.MIN_INTERACTIONS, 25),
                        arbitrary().enumValues(LearningRule.Aspect.class), arbitrary().pick(List.of(1, 5)))
                .checkAssert((history, aspect, overall) -> {
                    int other = 6 - overall;
                    Ratings verdict = new Ratings(overall,
                            aspect == LearningRule.Aspect.SAFETY ? overall : other,
                            aspect == LearningRule.Aspect.VALUE ? overall : other,
                            aspect == LearningRule.Aspect.ACCESSIBILITY ? overall : other,
                            aspect == LearningRule.Aspect.EXPERIENCE ? overall : other);
                    List<Ratings> after = new ArrayList<>(history);
                    after.add(verdict);
                    LearningRule.Learned before = LearningRule.learn(DEFAULTS, List.of(), history);
                    LearningRule.Learned now = LearningRule.learn(DEFAULTS, List.of(), after);
                    for (Factor factor : LEARNABLE) {
                        if (LearningRule.Aspect.of(factor) == aspect) {
                            assertThat(now.weights().get(factor)).as(factor.key())
                                    .isGreaterThanOrEqualTo(before.weights().get(factor) - 1e-12);
                        }
                    }
                    assertThat(now.interactions()).isEqualTo(before.interactions() + 1);
                    assertThat(now.confidence()).isGreaterThan(before.confidence());
                });
    }

    @Test
    void property_16_lingering_on_a_destination_draws_the_taste_to_what_it_is_best_at() {
        // Feature: confidence-driven-travel-engine, Property 16: Preference Weight Updates (reflect new signals).
        // The new destination is the best there is on one factor; bookmarking it after a long look must draw
        // the taste (and the weight) of that factor at least as far as a one-second hover over it does.
        qt().withExamples(EXAMPLES)
                .forAll(lists().of(engagements()).ofSizeBetween(LearningRule.MIN_INTERACTIONS, 60), profiles(),
                        arbitrary().pick(LEARNABLE))
                .checkAssert((history, profile, best) -> {
                    Map<Factor, Double> top = new EnumMap<>(profile);
                    top.put(best, 3.0);
                    List<LearningRule.Engagement> glanced = new ArrayList<>(history);
                    glanced.add(new LearningRule.Engagement("hover", 1_000L, top));
                    List<LearningRule.Engagement> lingered = new ArrayList<>(history);
                    lingered.add(new LearningRule.Engagement("bookmark", 600_000L, top));
                    LearningRule.Learned afterGlance = LearningRule.learn(DEFAULTS, glanced, List.of());
                    LearningRule.Learned afterLinger = LearningRule.learn(DEFAULTS, lingered, List.of());

                    assertThat(afterLinger.taste().get(best)).isGreaterThanOrEqualTo(afterGlance.taste().get(best) - 1e-12);
                    assertThat(afterLinger.taste().get(best)).isBetween(-2.0, 2.0);
                    assertThat(afterLinger.interactions()).isEqualTo(history.size() + 1);
                    assertThat(afterLinger.confidence()).isGreaterThan(LearningRule.learn(DEFAULTS, history, List.of()).confidence());
                });
    }

    @Test
    void a_traveller_who_lingers_on_some_places_and_skims_others_is_drawn_to_what_sets_the_lingered_ones_apart() {
        Map<Factor, Double> cheapAndWarm = profile(1.0, 1.0, 1.5);
        Map<Factor, Double> dearAndCold = profile(-2.0, -2.0, 1.5);
        List<LearningRule.Engagement> stream = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            stream.add(new LearningRule.Engagement("view", 120_000L, cheapAndWarm));
            stream.add(new LearningRule.Engagement("hover", 1_000L, dearAndCold));
        }
        LearningRule.Learned learned = LearningRule.learn(DEFAULTS, stream, List.of());

        assertThat(learned.taste().get(Factor.BUDGET_MATCH)).isGreaterThan(0.5);
        assertThat(learned.taste().get(Factor.WEATHER_STABILITY)).isGreaterThan(0.5);
        assertThat(learned.taste().get(Factor.TRANSPORT_ACCESSIBILITY))
                .as("both kinds of place are easy to reach: that sets nothing apart beyond what was looked at at all")
                .isCloseTo(0.25 * 1.5, within(1e-9));
        assertThat(learned.weights().get(Factor.BUDGET_MATCH)).isGreaterThan(DEFAULTS.get(Factor.BUDGET_MATCH));
        assertThat(learned.weights().get(Factor.WEATHER_STABILITY)).isGreaterThan(DEFAULTS.get(Factor.WEATHER_STABILITY));
        // The numbers of the README's second worked example.
        assertThat(learned.taste().get(Factor.BUDGET_MATCH)).isCloseTo(1.1305, within(5e-5));
        assertThat(learned.weights().get(Factor.BUDGET_MATCH)).isCloseTo(0.1625, within(5e-5));
        assertThat(learned.weights().get(Factor.TRANSPORT_ACCESSIBILITY)).isCloseTo(0.1671, within(5e-5));
        assertThat(learned.weights().get(Factor.SAFETY_INDEX)).isCloseTo(0.1847, within(5e-5));
        assertThat(learned.confidence()).isCloseTo(0.2134, within(5e-5));
    }

    /** A destination profile: budget, weather and transport as given, everything else average. */
    private static Map<Factor, Double> profile(double budget, double weather, double transport) {
        Map<Factor, Double> profile = new EnumMap<>(Factor.class);
        LEARNABLE.forEach(f -> profile.put(f, 0.0));
        profile.put(Factor.BUDGET_MATCH, budget);
        profile.put(Factor.WEATHER_STABILITY, weather);
        profile.put(Factor.TRANSPORT_ACCESSIBILITY, transport);
        return profile;
    }

    @Test
    void no_weight_moves_before_ten_interactions() {
        // Seed, PreferenceLearningData: "Minimum 10 interactions before adjusting weights".
        qt().withExamples(EXAMPLES)
                // Fewer than MIN_INTERACTIONS by construction: at most four signals and five surveys.
                .forAll(lists().of(engagements()).ofSizeBetween(0, 4), lists().of(ratings()).ofSizeBetween(0, 5))
                .checkAssert((signals, feedback) -> {
                    LearningRule.Learned learned = LearningRule.learn(DEFAULTS, signals, feedback);
                    assertThat(learned.weights()).isEqualTo(DEFAULTS);
                    assertThat(learned.confidence()).isZero();
                });
    }

    @Test
    void bookmarks_count_more_than_clicks_than_views_than_hovers_and_lingering_counts_more() {
        assertThat(LearningRule.worth("bookmark", null)).isGreaterThan(LearningRule.worth("click", null));
        assertThat(LearningRule.worth("click", null)).isGreaterThan(LearningRule.worth("view", null));
        assertThat(LearningRule.worth("view", null)).isGreaterThan(LearningRule.worth("hover", null));
        assertThat(LearningRule.worth("view", 120_000L)).isGreaterThan(LearningRule.worth("view", 5_000L));
        assertThat(LearningRule.worth("view", 24 * 3_600_000L)).isEqualTo(3.0);
    }

    @Test
    void uniform_feedback_says_nothing_about_what_matters() {
        List<Ratings> delighted = java.util.Collections.nCopies(12, new Ratings(5, 5, 5, 5, 5));
        LearningRule.Learned learned = LearningRule.learn(DEFAULTS, List.of(), delighted);
        learned.weights().forEach((factor, w) -> assertThat(w).isCloseTo(DEFAULTS.get(factor), within(1e-12)));
        assertThat(learned.confidence()).isCloseTo(1 - Math.exp(-60 / 50.0), within(1e-12));
    }

    @Test
    void the_first_worked_example_of_the_readme() {
        // Ten surveys: the trips were judged by their value. Overall 4, value 4, everything else 2.
        List<Ratings> surveys = java.util.Collections.nCopies(10, new Ratings(4, 2, 4, 2, 2));
        LearningRule.Learned learned = LearningRule.learn(DEFAULTS, List.of(), surveys);
        // agreement: safety 0.5, value 1, accessibility 0.5, experience 0.5; mean 0.625
        // tilt: value (1 - 0.625) x 4/3 = +0.5; the others (0.5 - 0.625) x 4/3 = -1/6
        double value = DEFAULTS.get(Factor.BUDGET_MATCH) * Math.exp(0.5);
        double othersScaled = (1 - DEFAULTS.get(Factor.BUDGET_MATCH)) * Math.exp(-1.0 / 6);
        assertThat(learned.weights().get(Factor.BUDGET_MATCH)).isCloseTo(value / (value + othersScaled), within(1e-12));
        assertThat(learned.weights().get(Factor.BUDGET_MATCH)).isCloseTo(0.1958, within(5e-5));
        assertThat(learned.weights().get(Factor.SAFETY_INDEX)).isCloseTo(0.2011, within(5e-5));
        assertThat(learned.confidence()).isCloseTo(0.6321, within(5e-5));
    }
}
