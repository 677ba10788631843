package travel.confidence.rules.model;

/**
 * The numbers of a rule set that are not rows of a table: the default weights (seed), the neutral score a
 * factor falls back to when its data is missing, the penalty for using fallback data (seed: 10 points), and
 * the smallest weight a factor may end up with, so that every factor always counts.
 */
public record RuleSettings(Weights defaultWeights, int neutralScore, int fallbackPenalty, int weightFloorUnits) {

    public RuleSettings {
        if (neutralScore < 0 || neutralScore > 100) {
            throw new IllegalArgumentException("neutral score must be 0-100");
        }
        if (fallbackPenalty < 0 || fallbackPenalty > 100) {
            throw new IllegalArgumentException("fallback penalty must be 0-100");
        }
        if (weightFloorUnits < 1 || (long) weightFloorUnits * Factor.values().length > Weights.TOTAL) {
            throw new IllegalArgumentException("weight floor must be above 0 and leave room for every factor");
        }
    }
}
