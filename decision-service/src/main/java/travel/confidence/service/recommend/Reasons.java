package travel.confidence.service.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.model.FactorResult;
import travel.confidence.rules.model.IndicatorPoints;

/**
 * Picks the top reasons for and against a destination from a decision: the strongest factors' best rows,
 * the weakest factors' worst rows, and any context adjustment that lowered the score.
 */
final class Reasons {

    private static final int FOR_THRESHOLD = 70;
    /** Below the neutral 50: a factor that counts against going, not merely an unknown. */
    private static final int AGAINST_THRESHOLD = 50;
    private static final int HOW_MANY = 2;

    private Reasons() {
    }

    static List<String> forGoing(Decision decision) {
        return decision.factors().stream()
                .filter(f -> !f.fallback() && f.score() >= FOR_THRESHOLD && !f.evidence().isEmpty())
                .sorted(Comparator.comparingDouble(FactorResult::contribution).reversed()
                        .thenComparing(f -> f.factor().ordinal()))
                .limit(HOW_MANY)
                .map(f -> f.factor().label() + ": " + best(f).reason())
                .toList();
    }

    static List<String> against(Decision decision) {
        List<String> reasons = new ArrayList<>();
        decision.adjustments().stream().filter(a -> a.adjustedValue() < a.originalValue())
                .forEach(a -> reasons.add(a.reason()));
        decision.factors().stream()
                .filter(f -> f.fallback() || f.score() < AGAINST_THRESHOLD)
                .sorted(Comparator.comparingDouble(FactorResult::score).thenComparing(f -> f.factor().ordinal()))
                .forEach(f -> reasons.add(f.fallback() ? f.factor().label() + ": no data"
                        : f.factor().label() + ": " + worst(f).reason()));
        return reasons.stream().distinct().limit(HOW_MANY).toList();
    }

    private static IndicatorPoints best(FactorResult f) {
        return f.evidence().stream().max(Comparator.comparingInt(IndicatorPoints::points)).orElseThrow();
    }

    private static IndicatorPoints worst(FactorResult f) {
        return f.evidence().stream().min(Comparator.comparingInt(IndicatorPoints::points)).orElseThrow();
    }
}
