package travel.confidence.rules.engine;

import java.util.List;
import java.util.Map;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.LearnedWeights;
import travel.confidence.rules.model.Measurement;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.model.Trip;
import travel.confidence.rules.model.Weights;

/**
 * Everything one decision needs.
 *
 * @param trip          the travel window, or null for a preview without dates
 * @param measurements  indicator values; a factor without any falls back to neutral
 * @param givenScores   factor scores given directly (preview); those factors skip their tables
 * @param weights       weights that replace the rule set's defaults for this decision (preview), or null
 * @param learned       the traveller's learned weights, or null
 * @param contextFacts  live context for the context rules: {@code ContextSignal}s (matched as {@code ContextFact}s)
 *                      or any other fact a rule set's own rules match
 */
public record DecisionInput(String destinationId, Traveller traveller, Trip trip, List<Measurement> measurements,
                            Map<Factor, Double> givenScores, Weights weights, LearnedWeights learned,
                            List<Object> contextFacts) {

    public DecisionInput {
        traveller = traveller == null ? Traveller.anonymous() : traveller;
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
        givenScores = givenScores == null ? Map.of() : Map.copyOf(givenScores);
        contextFacts = contextFacts == null ? List.of() : List.copyOf(contextFacts);
    }

    public static DecisionInput of(String destinationId, Traveller traveller, Trip trip, List<Measurement> measurements) {
        return new DecisionInput(destinationId, traveller, trip, measurements, null, null, null, null);
    }

    public DecisionInput withLearned(LearnedWeights learnedWeights) {
        return new DecisionInput(destinationId, traveller, trip, measurements, givenScores, weights, learnedWeights, contextFacts);
    }

    public DecisionInput withContext(List<Object> facts) {
        return new DecisionInput(destinationId, traveller, trip, measurements, givenScores, weights, learned, facts);
    }
}
