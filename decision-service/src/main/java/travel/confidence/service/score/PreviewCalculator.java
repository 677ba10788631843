package travel.confidence.service.score;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import travel.confidence.api.profile.TravelerProfile;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.ScorePreviewRequest;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.model.Weights;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.InvalidInputException.FieldError;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.profile.ProfileMapper;
import travel.confidence.service.rules.LiveRules;
import travel.confidence.service.rules.RuleVersionLookup;

/**
 * Scores given factor values (0-100) with optional weights and persona, through the same rules as a real
 * decision: persona weighting, weight floor, badge table. What the console's preview and the tests use.
 */
@Singleton
public class PreviewCalculator {

    private final LiveRules live;
    private final RuleVersionLookup versions;
    private final Clock clock;

    PreviewCalculator(LiveRules live, RuleVersionLookup versions, Clock clock) {
        this.live = live;
        this.versions = versions;
        this.clock = clock;
    }

    public ConfidenceScoreResponse preview(ScorePreviewRequest request) {
        EnumMap<Factor, Double> factors = factorScores(request.factors());
        Weights weights = request.weights() == null ? null : weights(request.weights());
        CompiledRuleSet rules = request.ruleVersion() == null || request.ruleVersion().isBlank() ? live.current()
                : versions.find(request.ruleVersion()).orElseThrow(() -> new NotFoundException("RULE_VERSION_NOT_FOUND",
                        "No rule set version '" + request.ruleVersion() + "'", Map.of("field", "ruleVersion")));
        Traveller traveller = ProfileMapper.toTraveller(new TravelerProfile(null, request.persona(),
                request.preferences(), null, null, null, null));
        String destinationId = request.destinationId() == null ? "PREVIEW" : request.destinationId();
        Decision decision = rules.decide(new DecisionInput(destinationId, traveller, null, List.of(), factors,
                weights, null, null));
        boolean personalized = request.persona() != null || request.preferences() != null;
        return ResponseWriter.write(decision, destinationId, rules.settings().neutralScore(), clock.instant(), 0,
                null, personalized, List.of(), List.of(), null, List.of());
    }

    private static EnumMap<Factor, Double> factorScores(Map<String, Double> given) {
        List<FieldError> errors = new ArrayList<>();
        EnumMap<Factor, Double> scores = readEveryFactor(given, "factors", 100, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return scores;
    }

    private static Weights weights(Map<String, Double> given) {
        List<FieldError> errors = new ArrayList<>();
        EnumMap<Factor, Double> fractions = readEveryFactor(given, "weights", 1, errors);
        if (errors.isEmpty()) {
            double sum = fractions.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > 0.0015) {
                errors.add(new FieldError("weights", "must add up to 1, they add up to " + Math.round(sum * 1000) / 1000.0));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Weights.ofFractions(fractions);
    }

    /** A number from 0 to {@code max} for every factor key, no unknown keys; problems are named by field. */
    private static EnumMap<Factor, Double> readEveryFactor(Map<String, Double> given, String field, double max,
                                                           List<FieldError> errors) {
        EnumMap<Factor, Double> values = new EnumMap<>(Factor.class);
        given.forEach((key, value) -> {
            if (Factor.byKey(key).isEmpty()) {
                errors.add(new FieldError(field + "." + key, "is not a factor; factors are " + factorKeys()));
            } else if (value == null || !(value >= 0 && value <= max)) {
                errors.add(new FieldError(field + "." + key, "must be a number from 0 to " + (int) max));
            } else {
                values.put(Factor.byKey(key).get(), value);
            }
        });
        for (Factor factor : Factor.values()) {
            if (!given.containsKey(factor.key())) {
                errors.add(new FieldError(field + "." + factor.key(), "is required"));
            }
        }
        return values;
    }

    private static String factorKeys() {
        return String.join(", ", java.util.Arrays.stream(Factor.values()).map(Factor::key).toList());
    }
}
