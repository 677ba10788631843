package travel.confidence.console.weights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import travel.confidence.console.scorecard.FactorLabels;

/**
 * Weights being edited: a fraction per factor, kept to three decimals (as the rule set's settings file holds
 * them), so the total is exact and "adds up to 1" means exactly 1.000, never 0.9999999.
 */
final class WeightDraft {

    static final int SCALE = 3;
    static final BigDecimal ONE = BigDecimal.ONE.setScale(SCALE, RoundingMode.UNNECESSARY);

    private final Map<String, BigDecimal> weights = new LinkedHashMap<>();

    WeightDraft(Map<String, Double> given) {
        for (String key : FactorLabels.keys()) {
            weights.put(key, fraction(given.getOrDefault(key, 0.0)));
        }
    }

    static BigDecimal fraction(Double value) {
        return BigDecimal.valueOf(value == null ? 0 : value).setScale(SCALE, RoundingMode.HALF_UP);
    }

    void set(String key, Double value) {
        if (!weights.containsKey(key)) {
            throw new IllegalArgumentException("No factor " + key);
        }
        weights.put(key, fraction(value));
    }

    BigDecimal get(String key) {
        return weights.get(key);
    }

    BigDecimal total() {
        return weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Whether every weight is between 0 and 1 and they add up to exactly 1: the only weights that may be saved. */
    boolean isValid() {
        return total().compareTo(ONE) == 0
                && weights.values().stream().allMatch(w -> w.signum() >= 0 && w.compareTo(BigDecimal.ONE) <= 0);
    }

    /** What is wrong, in words, or nothing. */
    String problem() {
        if (weights.values().stream().anyMatch(w -> w.signum() < 0 || w.compareTo(BigDecimal.ONE) > 0)) {
            return "every weight must be from 0 to 1";
        }
        if (total().compareTo(ONE) != 0) {
            BigDecimal gap = ONE.subtract(total());
            return "they must add up to exactly 1: " + (gap.signum() > 0 ? "add " + gap.toPlainString()
                    : "take away " + gap.negate().toPlainString());
        }
        return "";
    }

    Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        weights.forEach((key, value) -> map.put(key, value.doubleValue()));
        return map;
    }

    boolean sameAs(WeightDraft other) {
        return weights.keySet().stream().allMatch(key -> weights.get(key).compareTo(other.weights.get(key)) == 0);
    }
}
