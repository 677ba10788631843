package travel.confidence.rules.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Factor weights in whole units of 1/100000 that always add up to exactly {@link #TOTAL}. Whole numbers keep
 * every path (engine, preview, console, tests) to the same tenth of a point; the fine grain keeps personal
 * weights as fine as the persona rules make them, so two personas almost never land on the same score.
 */
public final class Weights {

    public static final int TOTAL = 100_000;

    private final EnumMap<Factor, Integer> units;

    private Weights(EnumMap<Factor, Integer> units) {
        this.units = units;
    }

    /** Weights given in units of 1/100000; they must cover every factor and add up to {@link #TOTAL}. */
    public static Weights ofUnits(Map<Factor, Integer> units) {
        EnumMap<Factor, Integer> copy = new EnumMap<>(Factor.class);
        int sum = 0;
        for (Factor factor : Factor.values()) {
            Integer value = units.get(factor);
            if (value == null || value < 0) {
                throw new IllegalArgumentException("weight of " + factor.key() + " must be given and not negative");
            }
            copy.put(factor, value);
            sum += value;
        }
        if (sum != TOTAL) {
            throw new IllegalArgumentException("weights must add up to 1, they add up to " + sum / (double) TOTAL);
        }
        return new Weights(copy);
    }

    /**
     * Weights given as fractions (0.2 = 20 %). They are scaled to add up to 1 and apportioned to whole units
     * by largest remainder, so the result always adds up to exactly {@link #TOTAL}.
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

    public int units(Factor factor) {
        return units.get(factor);
    }

    public double fraction(Factor factor) {
        return units.get(factor) / (double) TOTAL;
    }

    public Map<Factor, Integer> asUnits() {
        return Collections.unmodifiableMap(units);
    }

    public Map<Factor, Double> asFractions() {
        EnumMap<Factor, Double> fractions = new EnumMap<>(Factor.class);
        units.forEach((factor, value) -> fractions.put(factor, value / (double) TOTAL));
        return fractions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weights w && units.equals(w.units);
    }

    @Override
    public int hashCode() {
        return units.hashCode();
    }

    @Override
    public String toString() {
        return "Weights" + asFractions();
    }
}
