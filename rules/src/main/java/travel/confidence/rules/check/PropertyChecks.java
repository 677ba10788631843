package travel.confidence.rules.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.FactorResult;
import travel.confidence.rules.model.LearnedWeights;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.model.Weights;

/**
 * The seed's properties of the score engine (1 range, 2 all factors influence, 3 badge mapping, 5 breakdown
 * completeness, 17 learned weights) checked against any compiled rule set with generated inputs, so that a
 * draft that breaks one cannot be published. The same checks as the property tests of this module, driven by
 * a seeded {@link Random} instead of a test library, so a service can run them and a failure can be repeated
 * from its seed.
 */
public final class PropertyChecks {

    public static final int DEFAULT_EXAMPLES = 200;

    private static final List<String> BUDGETS = List.of("budget", "mid-range", "luxury", "any");
    private static final List<String> STYLES = List.of("solo", "couple", "family", "group", "any");
    private static final List<String> EXPERIENCE = List.of("novice", "intermediate", "experienced", "any");
    private static final List<String> CLIMATES = List.of("tropical", "temperate", "cold", "any");
    private static final List<String> MOBILITY = List.of("none", "moderate", "high");

    private final CompiledRuleSet rules;
    private final long seed;
    private final int examples;

    private PropertyChecks(CompiledRuleSet rules, long seed, int examples) {
        this.rules = rules;
        this.seed = seed;
        this.examples = examples;
    }

    /** Checks every property with {@code examples} generated inputs each, generated from {@code seed}. */
    public static List<PropertyResult> run(CompiledRuleSet rules, long seed, int examples) {
        PropertyChecks checks = new PropertyChecks(rules, seed, examples);
        return List.of(
                checks.check(1, "Confidence Score Range Validity", checks::scoreRange),
                checks.check(2, "All Factors Influence Score", checks::allFactorsInfluence),
                checks.check(3, "Badge Category Mapping", checks::badgeMapping),
                checks.check(5, "Breakdown Modal Data Completeness", checks::breakdownComplete),
                checks.check(17, "Learned Preferences Influence Scores", checks::learnedWeightsInfluence));
    }

    private PropertyResult check(int property, String name, Function<Random, String> example) {
        Random random = new Random(seed * 31 + property);
        for (int i = 1; i <= examples; i++) {
            String failure;
            try {
                failure = example.apply(random);
            } catch (RuntimeException e) {
                failure = "the decision failed: " + e.getMessage();
            }
            if (failure != null) {
                return new PropertyResult(property, name, i, false, failure);
            }
        }
        return new PropertyResult(property, name, examples, true, null);
    }

    private Decision decide(Traveller traveller, Map<Factor, Double> scores, LearnedWeights learned) {
        return rules.decide(new DecisionInput("PROPERTY", traveller, null, List.of(), scores, null, learned, null));
    }

    private String scoreRange(Random random) {
        EnumMap<Factor, Double> scores = factorScores(random);
        Traveller traveller = traveller(random);
        LearnedWeights learned = random.nextBoolean() ? learnedWeights(random) : null;
        Decision decision = decide(traveller, scores, learned);
        if (!inRange(decision.score()) || !inRange(decision.baseScore())) {
            return "score " + decision.score() + " (base " + decision.baseScore() + ") is outside 0-100 for "
                    + traveller + " with factors " + scores;
        }
        for (FactorResult factor : decision.factors()) {
            if (!inRange(factor.score())) {
                return factor.factor().key() + " scores " + factor.score() + ", outside 0-100, for " + traveller;
            }
        }
        return null;
    }

    /**
     * A change is visible at the response's one decimal once it moves a factor by 5 points: every weight is at
     * least the rule set's floor (0.02 by default), and 5 x 0.02 = 0.1.
     */
    private String allFactorsInfluence(Random random) {
        EnumMap<Factor, Double> scores = factorScores(random);
        Traveller traveller = traveller(random);
        Factor factor = Factor.values()[random.nextInt(Factor.values().length)];
        int changeTenths = 50 + random.nextInt(951);
        double before = scores.get(factor);
        double after = before + changeTenths / 10.0 <= 100 ? before + changeTenths / 10.0 : before - changeTenths / 10.0;
        if (after < 0) {
            after = before >= 50 ? 0 : 100;
        }
        EnumMap<Factor, Double> changed = new EnumMap<>(scores);
        changed.put(factor, after);
        double original = decide(traveller, scores, null).baseScore();
        double moved = decide(traveller, changed, null).baseScore();
        return moved != original ? null
                : "changing " + factor.key() + " from " + before + " to " + after + " leaves the score at " + original
                        + " for " + traveller + " with factors " + scores;
    }

    private String badgeMapping(Random random) {
        double score = random.nextInt(1001) / 10.0;
        EnumMap<Factor, Double> all = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            all.put(factor, score);
        }
        Decision decision = decide(Traveller.anonymous(), all, null);
        double decided = decision.score();
        String expected = decided <= 40 ? "Low" : decided <= 65 ? "Moderate" : decided <= 85 ? "High" : "Excellent";
        return expected.equals(decision.badge()) ? null
                : "score " + decided + " gets badge " + decision.badge() + "; the seed's bands say " + expected;
    }

    private String breakdownComplete(Random random) {
        EnumMap<Factor, Double> scores = factorScores(random);
        Traveller traveller = traveller(random);
        LearnedWeights learned = random.nextBoolean() ? learnedWeights(random) : null;
        Decision decision = decide(traveller, scores, learned);
        List<Factor> listed = decision.factors().stream().map(FactorResult::factor).toList();
        if (!listed.equals(List.of(Factor.values()))) {
            return "the breakdown lists " + listed + " instead of all eight factors in order";
        }
        long weightUnits = decision.factors().stream().mapToLong(f -> Math.round(f.weight() * Weights.TOTAL)).sum();
        if (weightUnits != Weights.TOTAL) {
            return "the weights add up to " + weightUnits / (double) Weights.TOTAL + ", not 1, for " + traveller;
        }
        long contributionTenths = decision.factors().stream().mapToLong(f -> Math.round(f.contribution() * 10)).sum();
        if (contributionTenths != Math.round(decision.baseScore() * 10)) {
            return "the contributions add up to " + contributionTenths / 10.0 + ", not the base score "
                    + decision.baseScore() + ", for " + traveller + " with factors " + scores;
        }
        for (FactorResult f : decision.factors()) {
            if (f.weight() < 0 || f.weight() > 1 || Math.abs(f.contribution() - f.score() * f.weight()) > 0.1 + 1e-9) {
                return f.factor().key() + ": contribution " + f.contribution() + " is not its score " + f.score()
                        + " times its weight " + f.weight();
            }
        }
        return null;
    }

    /**
     * Learned weights favouring one factor whose score stands apart from the rest must, with at least half
     * confidence, move the personalised score away from the general one.
     */
    private String learnedWeightsInfluence(Random random) {
        EnumMap<Factor, Double> scores = factorScores(random);
        Traveller traveller = traveller(random);
        List<Factor> learnable = java.util.Arrays.stream(Factor.values()).filter(Factor::isLearnable).toList();
        Factor favoured = learnable.get(random.nextInt(learnable.size()));
        double confidence = (5 + random.nextInt(6)) / 10.0;
        double othersMean = scores.entrySet().stream().filter(e -> e.getKey() != favoured)
                .mapToDouble(Map.Entry::getValue).average().orElseThrow();
        EnumMap<Factor, Double> apart = new EnumMap<>(scores);
        apart.put(favoured, othersMean >= 50 ? Math.max(0, othersMean - 40) : Math.min(100, othersMean + 40));
        Map<Factor, Double> learned = new EnumMap<>(Factor.class);
        for (Factor factor : learnable) {
            learned.put(factor, factor == favoured ? 0.7 : 0.05);
        }
        double general = decide(traveller, apart, null).baseScore();
        double personal = decide(traveller, apart, new LearnedWeights(learned, confidence)).baseScore();
        return personal != general ? null
                : "learned weights favouring " + favoured.key() + " with confidence " + confidence
                        + " leave the score at " + general + " for " + traveller + " with factors " + apart;
    }

    private static boolean inRange(double value) {
        return value >= 0 && value <= 100;
    }

    private static EnumMap<Factor, Double> factorScores(Random random) {
        EnumMap<Factor, Double> scores = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            scores.put(factor, random.nextInt(1001) / 10.0);
        }
        return scores;
    }

    private static Traveller traveller(Random random) {
        return new Traveller(pick(random, BUDGETS), pick(random, STYLES), pick(random, EXPERIENCE), random.nextBoolean(),
                pick(random, CLIMATES), pick(random, MOBILITY), List.of("en"), 0, List.of());
    }

    private static LearnedWeights learnedWeights(Random random) {
        List<Integer> raw = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            raw.add(random.nextInt(101));
        }
        double sum = raw.stream().mapToInt(Integer::intValue).sum();
        Map<Factor, Double> weights = new EnumMap<>(Factor.class);
        int i = 0;
        for (Factor factor : Factor.values()) {
            if (factor.isLearnable()) {
                weights.put(factor, sum == 0 ? 1.0 / 7 : raw.get(i) / sum);
                i++;
            }
        }
        return new LearnedWeights(weights, (1 + random.nextInt(10)) / 10.0);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
