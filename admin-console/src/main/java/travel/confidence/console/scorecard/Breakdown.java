package travel.confidence.console.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.ContextAdjustment;
import travel.confidence.api.score.Evidence;
import travel.confidence.api.score.FactorBreakdown;

/**
 * A score's breakdown as the dialog shows it: every factor with its score, weight, contribution and explanation,
 * and the evidence behind it. The sum under the contributions is added up from the numbers as displayed (not from
 * the doubles behind them), so what the reader can check with a pencil is what the dialog claims (seed
 * Property 5): the service keeps contributions in tenths that add up exactly to the base score.
 */
public record Breakdown(List<FactorRow> factors, String contributionTotal, String baseScore,
                        List<AdjustmentRow> adjustments, ScoreDisplay finalScore) {

    public static Breakdown of(ConfidenceScoreResponse response) {
        List<FactorRow> rows = response.breakdown().stream().map(Breakdown::row).toList();
        BigDecimal total = rows.stream().map(row -> new BigDecimal(row.contribution()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Breakdown(rows, total.setScale(1, RoundingMode.UNNECESSARY).toPlainString(),
                tenths(response.baseScore()),
                response.adjustments().stream().map(Breakdown::adjustment).toList(),
                ScoreDisplay.of(response.score(), response.badge()));
    }

    /** Whether the displayed contributions add up to the displayed base score. */
    public boolean addsUp() {
        return new BigDecimal(contributionTotal).compareTo(new BigDecimal(baseScore)) == 0;
    }

    /** One factor. {@code weight} is the fraction it counts for (up to five decimals). */
    public record FactorRow(String key, String label, String score, String weight, String contribution,
                            String explanation, boolean fallbackUsed, List<EvidenceLine> evidence) {
    }

    /** One value behind a factor: what, how much, the points the matching table row gave, why, and its source. */
    public record EvidenceLine(String label, String value, int points, String reason, String source, String asOf) {

        public String text() {
            return label + ": " + value + " → " + points + " points";
        }

        public String citation() {
            return source + ", " + asOf;
        }
    }

    /** One step from the base score to the final score. */
    public record AdjustmentRow(String factor, String before, String after, String reason) {
    }

    private static FactorRow row(FactorBreakdown factor) {
        return new FactorRow(factor.factorName(), factor.label(), tenths(factor.score()), weight(factor.weight()),
                tenths(factor.contribution()), factor.explanation(), factor.fallbackUsed(),
                factor.evidence() == null ? List.of() : factor.evidence().stream().map(Breakdown::evidence).toList());
    }

    private static EvidenceLine evidence(Evidence e) {
        String value = BigDecimal.valueOf(e.value()).stripTrailingZeros().toPlainString()
                + (e.unit() == null || e.unit().isBlank() ? "" : " " + e.unit());
        return new EvidenceLine(e.label(), value, e.points(), e.reason(), e.source(), e.asOf());
    }

    private static AdjustmentRow adjustment(ContextAdjustment a) {
        return new AdjustmentRow(a.factor(), tenths(a.originalValue()), tenths(a.adjustedValue()), a.reason());
    }

    static String tenths(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String weight(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
