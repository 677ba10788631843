package travel.confidence.service.preference;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import travel.confidence.api.profile.FactorWeights;
import travel.confidence.api.profile.PreferenceWeights;
import travel.confidence.data.profile.WeightsRepository;
import travel.confidence.rules.model.Factor;
import travel.confidence.service.profile.ProfileMapper;
import travel.confidence.service.rules.LiveRules;

/**
 * A traveller's {@code PreferenceWeights} as the frontend sees them. For a traveller we have learned nothing
 * about, the answer is the rule set's default weights rescaled over the seven learnable factors, with
 * confidence 0 and {@code lastUpdated} the time of the answer (the defaults as they stand now).
 */
@Singleton
public class LearnedWeightsReader {

    private final WeightsRepository weights;
    private final LiveRules liveRules;
    private final Clock clock;

    LearnedWeightsReader(WeightsRepository weights, LiveRules liveRules, Clock clock) {
        this.weights = weights;
        this.liveRules = liveRules;
        this.clock = clock;
    }

    public PreferenceWeights forUser(String userId) {
        return weights.findById(userId).map(ProfileMapper::toApi).orElseGet(() -> defaults(userId));
    }

    public PreferenceWeights defaults(String userId) {
        Map<Factor, Double> d = LearningRule.learnableDefaults(liveRules.current().settings().defaultWeights());
        return new PreferenceWeights(userId, new FactorWeights(d.get(Factor.SAFETY_INDEX), d.get(Factor.WEATHER_STABILITY),
                d.get(Factor.TRANSPORT_ACCESSIBILITY), d.get(Factor.LANGUAGE_COMPATIBILITY), d.get(Factor.HEALTH_EMERGENCY),
                d.get(Factor.BUDGET_MATCH), d.get(Factor.CROWD_DENSITY)), 0, clock.instant().toString());
    }
}
