package travel.confidence.rules.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the default weights, the persona rules' adjustments and a traveller's learned weights into the
 * final weights of one decision:
 * <ol>
 *   <li>each default weight is multiplied by every persona adjustment for its factor, then all are scaled
 *       to add up to 1;</li>
 *   <li>learned weights (seven factors) blend in by their confidence; preference alignment keeps its share;</li>
 *   <li>a factor below the floor is raised to it, taking the difference from the others in proportion.</li>
 * </ol>
 */
public final class WeightPlan {

    private WeightPlan() {
    }

    /**
     * The plan of a decision depends only on the settings, the persona rules that fired and the learned weights,
     * which are the same for every destination a traveller ranks: remember recent plans instead of redoing them.
     */
    private record Key(RuleSettings settings, List<WeightAdjustment> adjustments, LearnedWeights learned) {
    }

    private static final int REMEMBERED = 4096;
    private static final Map<Key, Weights> RECENT = new ConcurrentHashMap<>();

    public static Weights finalWeights(RuleSettings settings, List<WeightAdjustment> adjustments, LearnedWeights learned) {
        Key key = new Key(settings, List.copyOf(adjustments), learned);
        Weights known = RECENT.get(key);
        if (known != null) {
            return known;
        }
        if (RECENT.size() >= REMEMBERED) {
            RECENT.clear();
        }
        Weights planned = plan(settings, key.adjustments(), learned);
        RECENT.put(key, planned);
        return planned;
    }

    private static Weights plan(RuleSettings settings, List<WeightAdjustment> adjustments, LearnedWeights learned) {
        EnumMap<Factor, Double> persona = personaWeights(settings.defaultWeights(), adjustments);
        EnumMap<Factor, Double> blended = learned == null || learned.confidence() == 0 ? persona : blend(persona, learned);
        return Weights.ofFractions(applyFloor(blended, settings.weightFloorUnits() / (double) Weights.TOTAL));
    }

    static EnumMap<Factor, Double> personaWeights(Weights defaults, List<WeightAdjustment> adjustments) {
        EnumMap<Factor, Double> raw = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            raw.put(factor, defaults.fraction(factor));
        }
        for (WeightAdjustment adjustment : adjustments) {
            raw.merge(adjustment.factor(), adjustment.percent() / 100.0, (a, b) -> a * b);
        }
        return normalise(raw);
    }

    private static EnumMap<Factor, Double> blend(Map<Factor, Double> persona, LearnedWeights learned) {
        double learnedSum = learned.weights().values().stream().mapToDouble(Double::doubleValue).sum();
        if (learnedSum <= 0) {
            return new EnumMap<>(persona);
        }
        double preferenceShare = persona.get(Factor.PREFERENCE_ALIGNMENT);
        double c = learned.confidence();
        EnumMap<Factor, Double> blended = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            if (!factor.isLearnable()) {
                blended.put(factor, preferenceShare);
                continue;
            }
            double learnedShare = learned.weights().get(factor) / learnedSum * (1 - preferenceShare);
            blended.put(factor, (1 - c) * persona.get(factor) + c * learnedShare);
        }
        return normalise(blended);
    }

    static EnumMap<Factor, Double> applyFloor(Map<Factor, Double> weights, double floor) {
        EnumMap<Factor, Double> result = new EnumMap<>(weights);
        for (int round = 0; round < Factor.values().length; round++) {
            double deficit = 0;
            double aboveFloor = 0;
            for (Factor factor : Factor.values()) {
                double w = result.get(factor);
                if (w < floor) {
                    deficit += floor - w;
                    result.put(factor, floor);
                } else if (w > floor) {
                    aboveFloor += w - floor;
                }
            }
            if (deficit <= 1e-12) {
                break;
            }
            for (Factor factor : Factor.values()) {
                double w = result.get(factor);
                if (w > floor) {
                    result.put(factor, w - deficit * (w - floor) / aboveFloor);
                }
            }
        }
        return result;
    }

    private static EnumMap<Factor, Double> normalise(Map<Factor, Double> weights) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        EnumMap<Factor, Double> result = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            result.put(factor, sum > 0 ? weights.get(factor) / sum : 1.0 / Factor.values().length);
        }
        return result;
    }
}
