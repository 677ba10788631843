package travel.confidence.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.FactorResult;
import travel.confidence.rules.model.LearnedWeights;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.model.Weights;
import travel.confidence.rules.ruleset.BundledRuleSet;

/**
 * The seed's correctness properties of the score engine, checked on the bundled rule set with generated
 * inputs (QuickTheories, at least 200 examples each).
 */
class ScoringPropertiesTest {

    private static final int EXAMPLES = 200;
    private static final CompiledRuleSet RULES = new RuleSetCompiler().compile(BundledRuleSet.load(), "bundled");

    private static Decision decide(Traveller traveller, Map<Factor, Double> scores, LearnedWeights learned) {
        return RULES.decide(new DecisionInput("TEST", traveller, null, List.of(), scores, null, learned, null));
    }

    @Test
    void property_1_confidence_score_range_validity() {
        // Feature: confidence-driven-travel-engine, Property 1: Confidence Score Range Validity
        qt().withExamples(EXAMPLES)
                .forAll(Generators.factorScores(), Generators.traveller(), Generators.learnedWeights(), booleans().all())
                .checkAssert((scores, traveller, learned, useLearned) -> {
                    Decision decision = decide(traveller, scores, useLearned ? learned : null);
                    assertThat(decision.score()).isBetween(0.0, 100.0);
                    assertThat(decision.baseScore()).isBetween(0.0, 100.0);
                    assertThat(decision.factors()).allSatisfy(f -> assertThat(f.score()).isBetween(0.0, 100.0));
                });
    }

    @Test
    void property_2_all_factors_influence_score() {
        // Feature: confidence-driven-travel-engine, Property 2: All Factors Influence Score.
        // A change is visible at the response's one-decimal precision once it moves a factor by 5 points:
        // every weight is at least 0.02 (the rule set's floor), and 5 x 0.02 = 0.1.
        qt().withExamples(EXAMPLES)
                .forAll(Generators.factorScores(), Generators.traveller(), Generators.factor(), integers().between(50, 1000))
                .checkAssert((scores, traveller, factor, changeTenths) -> {
                    double before = scores.get(factor);
                    double after = before + changeTenths / 10.0 <= 100 ? before + changeTenths / 10.0
                            : before - changeTenths / 10.0;
                    if (after < 0) {
                        after = before >= 50 ? 0 : 100;
                    }
                    EnumMap<Factor, Double> changed = new EnumMap<>(scores);
                    changed.put(factor, after);
                    assertThat(decide(traveller, changed, null).baseScore())
                            .as("changing %s from %s to %s", factor.key(), before, after)
                            .isNotEqualTo(decide(traveller, scores, null).baseScore());
                });
    }

    @Test
    void property_3_badge_category_mapping() {
        // Feature: confidence-driven-travel-engine, Property 3: Badge Category Mapping
        qt().withExamples(EXAMPLES)
                .forAll(integers().between(0, 1000))
                .checkAssert(tenths -> {
                    double score = tenths / 10.0;
                    EnumMap<Factor, Double> all = new EnumMap<>(Factor.class);
                    for (Factor factor : Factor.values()) {
                        all.put(factor, score);
                    }
                    Decision decision = decide(Traveller.anonymous(), all, null);
                    assertThat(decision.score()).isEqualTo(score);
                    String expected = score <= 40 ? "Low" : score <= 65 ? "Moderate" : score <= 85 ? "High" : "Excellent";
                    assertThat(decision.badge()).as("badge of %s", score).isEqualTo(expected);
                });
    }

    @Test
    void property_5_breakdown_data_completeness() {
        // Feature: confidence-driven-travel-engine, Property 5: Breakdown Modal Data Completeness
        qt().withExamples(EXAMPLES)
                .forAll(Generators.factorScores(), Generators.traveller(), Generators.learnedWeights(), booleans().all())
                .checkAssert((scores, traveller, learned, useLearned) -> {
                    Decision decision = decide(traveller, scores, useLearned ? learned : null);
                    assertThat(decision.factors()).extracting(FactorResult::factor).containsExactly(Factor.values());
                    long weightSum = decision.factors().stream().mapToLong(f -> Math.round(f.weight() * Weights.TOTAL)).sum();
                    assertThat(weightSum).isEqualTo(Weights.TOTAL);
                    long contributionTenths = decision.factors().stream()
                            .mapToLong(f -> Math.round(f.contribution() * 10)).sum();
                    assertThat(contributionTenths).isEqualTo(Math.round(decision.baseScore() * 10));
                    assertThat(decision.factors()).allSatisfy(f -> {
                        assertThat(f.weight()).isBetween(0.0, 1.0);
                        assertThat(f.contribution()).isCloseTo(f.score() * f.weight(),
                                org.assertj.core.data.Offset.offset(0.1));
                    });
                });
    }

    @Test
    void property_17_learned_preferences_influence_scores() {
        // Feature: confidence-driven-travel-engine, Property 17: Learned Preferences Influence Scores.
        // The learned weights favour one factor whose score stands apart from the rest; with at least half
        // confidence the personalised score must move away from the default one.
        qt().withExamples(EXAMPLES)
                .forAll(Generators.factorScores(), Generators.traveller(), Generators.factor().assuming(Factor::isLearnable),
                        integers().between(5, 10))
                .checkAssert((scores, traveller, favoured, confidenceTenths) -> {
                    EnumMap<Factor, Double> apart = new EnumMap<>(scores);
                    double othersMean = scores.entrySet().stream().filter(e -> e.getKey() != favoured)
                            .mapToDouble(Map.Entry::getValue).average().orElseThrow();
                    apart.put(favoured, othersMean >= 50 ? Math.max(0, othersMean - 40) : Math.min(100, othersMean + 40));
                    Map<Factor, Double> learned = new EnumMap<>(Factor.class);
                    for (Factor factor : Factor.values()) {
                        if (factor.isLearnable()) {
                            learned.put(factor, factor == favoured ? 0.7 : 0.05);
                        }
                    }
                    double general = decide(traveller, apart, null).baseScore();
                    double personal = decide(traveller, apart, new LearnedWeights(learned, confidenceTenths / 10.0)).baseScore();
                    assertThat(personal).as("favouring %s", favoured.key()).isNotEqualTo(general);
                });
    }
}
