package travel.confidence.rules.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the preference learning engine learned about a traveller: relative weights of the seven learnable
 * factors and how much to trust them (0 = nothing learned, 1 = plenty of data).
 */
public record LearnedWeights(Map<Factor, Double> weights, double confidence) {

    public LearnedWeights {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
        EnumMap<Factor, Double> copy = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            if (!factor.isLearnable()) {
                continue;
            }
            Double value = weights.get(factor);
            if (value == null || !(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("learned weight of " + factor.key() + " must be between 0 and 1");
            }
            copy.put(factor, value);
        }
        weights = Map.copyOf(copy);
    }
}
