package travel.confidence.service.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * One logged decision as an auditor reads it: the inputs (the traveller facts the rules saw, the destination,
 * the dates), the version and variant, the rules that fired (table rows located by file and line, other rules
 * by name), the factors and the adjustments.
 */
@Serdeable
record DecisionTrace(String decisionId, String decidedAt, String userId, String destinationId,
                     @Nullable String startDate, @Nullable String endDate, String ruleVersion, @Nullable String variant,
                     double score, double baseScore, @Nullable String badge, boolean personalized, boolean fallbackUsed,
                     boolean preliminary, Map<String, Object> inputs, Map<String, Map<String, Double>> factors,
                     List<String> firedRules, List<RowMatch> rowsMatched, List<String> otherRulesFired,
                     List<String> adjustments) {

    /** A table row that fired: its rule name, the table file and name, and its line (1-based, as a spreadsheet shows it). */
    @Serdeable
    record RowMatch(String rule, String file, String table, int line) {
    }
}
