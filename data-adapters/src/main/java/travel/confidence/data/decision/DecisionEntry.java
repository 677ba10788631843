package travel.confidence.data.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One logged decision with enough of its inputs to replay it under another rule version.
 *
 * @param traveller the traveller facts as the rules saw them (persona, preferences, history)
 * @param factors   factor key to {score, weight, contribution}
 */
@Serdeable
public record DecisionEntry(String decisionId, Instant decidedAt, String userId, String destinationId,
                            @Nullable String startDate, @Nullable String endDate, String ruleVersion,
                            @Nullable String variant, double score, double baseScore, String badge,
                            boolean personalized, boolean fallbackUsed, boolean preliminary,
                            Map<String, Object> traveller, Map<String, Map<String, Double>> factors,
                            List<String> firedRules, List<String> adjustments) {
}
