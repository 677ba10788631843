package travel.confidence.rules.model;

import java.util.ArrayList;
import java.util.Arrays;
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
     * Splits an exact total given in units of {@code 1/divisor} among the factors (by ordinal): each part is its
     * exact numerator divided by the divisor, rounded so that the parts add up to {@code roundedTotal}. Parts
     * with the largest remainders are rounded up first (ties: the factor listed first); when the total was
     * rounded down, parts with the smallest remainders give up a unit.
     */
    static int[] splitExact(long[] numerators, long divisor, int roundedTotal) {
        int n = numerators.length;
        int[] parts = new int[n];
        long[] remainders = new long[n];
        int assigned = 0;
        for (int i = 0; i < n; i++) {
            parts[i] = (int) Math.floorDiv(numerators[i], divisor);
            remainders[i] = Math.floorMod(numerators[i], divisor);
            assigned += parts[i];
        }
        boolean[] used = new boolean[n];
        int step = roundedTotal >= assigned ? 1 : -1;
        while (assigned != roundedTotal) {
            int pick = -1;
            for (int i = 0; i < n; i++) {
                int candidate = step > 0 ? i : n - 1 - i;
                if (used[candidate]) {
                    continue;
                }
                if (pick < 0 || (step > 0 ? remainders[candidate] > remainders[pick] : remainders[candidate] < remainders[pick])) {
                    pick = candidate;
                }
            }
            if (pick < 0) {
                Arrays.fill(used, false);
                continue;
            }
            used[pick] = true;
            parts[pick] += step;
            assigned += step;
        }
        return parts;
    }
}
