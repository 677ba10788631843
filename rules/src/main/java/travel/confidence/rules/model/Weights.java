package travel.confidence.rules.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Factor weights in whole thousandths ("permille") that always add up to exactly 1000. Whole numbers keep
 * every path (engine, preview, console, tests) to the same tenth of a point.
 */
public final class Weights {

    public static final int TOTAL = 1000;

    private final EnumMap<Factor, Integer> permille;

    private Weights(EnumMap<Factor, Integer> permille) {
        this.permille = permille;
    }

    /** Weights given as permille; they must cover every factor and add up to 1000. */
    public static Weights ofPermille(Map<Factor, Integer> permille) {
        EnumMap<Factor, Integer> copy = new EnumMap<>(Factor.class);
        int sum = 0;
        for (Factor factor : Factor.values()) {
            Integer value = permille.get(factor);
            if (value == null || value < 0) {
                throw new IllegalArgumentException("weight of " + factor.key() + " must be given and not negative");
            }
            copy.put(factor, value);
            sum += value;
        }
        if (sum != TOTAL) {
            throw new IllegalArgumentException("weights must add up to 1.000, they add up to " + sum / 1000.0);
        }
        return new Weights(copy);
    }

    /**
     * Weights given as fractions (0.2 = 20 %). They are scaled to add up to 1 and apportioned to whole
     * thousandths by largest remainder, so the result always adds up to exactly 1000.
     */
    public static Weights ofFractions(Map<Factor, Double> fractions) {
        double sum = 0;
        for (Factor factor : Factor.values()) {
            Double value = fractions.get(factor);
            if (value == null || !(value >= 0) || value.isInfinite()) {
                throw new IllegalArgumentException("weight of " + factor.key() + " must be a number of at least 0");
            }
            sum += value;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("at least one weight must be above 0");
        }
        EnumMap<Factor, Double> scaled = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            scaled.put(factor, fractions.get(factor) * TOTAL / sum);
        }
        return new Weights(Apportionment.toWholeUnits(scaled, TOTAL));
    }

    public int permille(Factor factor) {
        return permille.get(factor);
    }

    public double fraction(Factor factor) {
        return permille.get(factor) / (double) TOTAL;
    }

    public Map<Factor, Integer> asPermille() {
        return Collections.unmodifiableMap(permille);
    }

    public Map<Factor, Double> asFractions() {
        EnumMap<Factor, Double> fractions = new EnumMap<>(Factor.class);
        permille.forEach((factor, value) -> fractions.put(factor, value / (double) TOTAL));
        return fractions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weights w && permille.equals(w.permille);
    }

    @Override
    public int hashCode() {
        return permille.hashCode();
    }

    @Override
    public String toString() {
        return "Weights" + permille;
    }
}
