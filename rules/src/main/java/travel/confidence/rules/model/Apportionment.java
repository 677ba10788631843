package travel.confidence.rules.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Largest-remainder rounding: turns shares that add up to a whole into whole units that add up to exactly
 * the same whole. Ties go to the factor listed first, so the result is deterministic.
 */
final class Apportionment {

    private Apportionment() {
    }

    static EnumMap<Factor, Integer> toWholeUnits(Map<Factor, Double> shares, int total) {
        EnumMap<Factor, Integer> units = new EnumMap<>(Factor.class);
        List<Factor> byRemainder = new ArrayList<>();
        int assigned = 0;
        for (Factor factor : Factor.values()) {
            double share = shares.getOrDefault(factor, 0.0);
            int floor = (int) Math.floor(share + 1e-9);
            units.put(factor, floor);
            assigned += floor;
            byRemainder.add(factor);
        }
        byRemainder.sort(Comparator.comparingDouble((Factor f) -> -(shares.getOrDefault(f, 0.0) - units.get(f)))
                .thenComparing(Factor::ordinal));
        for (int i = 0; assigned < total; i = (i + 1) % byRemainder.size()) {
            Factor factor = byRemainder.get(i);
            units.merge(factor, 1, Integer::sum);
            assigned++;
        }
        return units;
    }

    /**
     * Splits an exact total given in units of {@code 1/divisor} among the factors: each part is its exact
     * numerator divided by the divisor, rounded so that the parts add up to {@code roundedTotal}.
     */
    static EnumMap<Factor, Integer> splitExact(Map<Factor, Long> numerators, long divisor, int roundedTotal) {
        EnumMap<Factor, Integer> parts = new EnumMap<>(Factor.class);
        int assigned = 0;
        for (Factor factor : Factor.values()) {
            int floor = (int) Math.floorDiv(numerators.getOrDefault(factor, 0L), divisor);
            parts.put(factor, floor);
            assigned += floor;
        }
        List<Factor> byRemainder = new ArrayList<>(List.of(Factor.values()));
        byRemainder.sort(Comparator.comparingLong((Factor f) -> -Math.floorMod(numerators.getOrDefault(f, 0L), divisor))
                .thenComparing(Factor::ordinal));
        int step = roundedTotal >= assigned ? 1 : -1;
        for (int i = 0; assigned != roundedTotal; i = (i + 1) % byRemainder.size()) {
            Factor factor = step > 0 ? byRemainder.get(i) : byRemainder.get(byRemainder.size() - 1 - i);
            parts.merge(factor, step, Integer::sum);
            assigned += step;
        }
        return parts;
    }
}
