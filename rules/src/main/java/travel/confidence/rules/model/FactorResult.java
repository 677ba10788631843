package travel.confidence.rules.model;

import java.util.List;

/**
 * One line of the breakdown: the factor's score (0-100, one decimal), its final weight, its contribution
 * (the contributions of a decision add up exactly to its base score), whether it fell back to the neutral
 * value for lack of data, and the evidence: which rows gave which points and which persona rules moved
 * its weight.
 */
public record FactorResult(Factor factor, double score, double weight, double contribution, boolean fallback,
                           boolean given, List<IndicatorPoints> evidence, List<WeightAdjustment> weightReasons) {
}
