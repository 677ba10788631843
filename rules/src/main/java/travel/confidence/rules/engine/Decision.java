package travel.confidence.rules.engine;

import java.util.List;
import travel.confidence.rules.model.FactorResult;
import travel.confidence.rules.model.ScoreAdjustment;

/**
 * The outcome of one decision with its audit trail: the breakdown (contributions add up to
 * {@code baseScore}), the adjustments from {@code baseScore} to {@code score}, the badge, and which rules
 * fired under which rule set version. {@code exactScore} is the score before rounding to one decimal.
 */
public record Decision(String destinationId, String ruleVersion, double score, double exactScore, double baseScore,
                       String badge,
                       String badgeReason, List<FactorResult> factors, List<ScoreAdjustment> adjustments,
                       List<String> firedRules, boolean fallbackUsed, List<String> warnings) {
}
