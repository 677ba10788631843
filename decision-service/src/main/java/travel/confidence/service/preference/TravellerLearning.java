package travel.confidence.service.preference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.data.preference.FeedbackStore;
import travel.confidence.data.preference.RecordedFeedback;
import travel.confidence.data.preference.RecordedSignal;
import travel.confidence.data.preference.SignalStore;
import travel.confidence.data.profile.StoredWeights;
import travel.confidence.data.profile.WeightsRepository;
import travel.confidence.rules.model.Factor;
import travel.confidence.service.rules.LiveRules;
import travel.confidence.service.score.TravellerChanges;

/**
 * Learns one traveller's weights again from everything we hold about them and stores the result. Learning
 * starts from the data each time, so running it twice, or on two instances, gives the same weights; the
 * row's version makes concurrent writers (the batch and a feedback submission) retry rather than overwrite
 * each other. If learning fails, the last stored weights stay in use (seed, Error Handling 6).
 */
@Singleton
public class TravellerLearning {

    private static final Logger LOG = LoggerFactory.getLogger(TravellerLearning.class);
    private static final int ATTEMPTS = 3;

    private final SignalStore signals;
    private final FeedbackStore feedback;
    private final WeightsRepository weights;
    private final DestinationProfiles profiles;
    private final LiveRules liveRules;
    private final TravellerChanges travellerChanges;
    private final PreferenceSettings settings;
    private final Clock clock;

    TravellerLearning(SignalStore signals, FeedbackStore feedback, WeightsRepository weights,
                      DestinationProfiles profiles, LiveRules liveRules, TravellerChanges travellerChanges,
                      PreferenceSettings settings, Clock clock) {
        this.signals = signals;
        this.feedback = feedback;
        this.weights = weights;
        this.profiles = profiles;
        this.liveRules = liveRules;
        this.travellerChanges = travellerChanges;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Learns again from all feedback and the signals the batch has already taken in (explicit feedback
     * applies at once; implicit signals wait for the batch, as the seed says).
     */
    public LearningRule.Learned learnFromFeedback(String userId) {
        return learn(userId, null);
    }

    /** Learns again from all feedback and every signal accepted up to {@code signalsThrough}. */
    LearningRule.Learned learnThrough(String userId, Instant signalsThrough) {
        return learn(userId, signalsThrough);
    }

    private LearningRule.Learned learn(String userId, @Nullable Instant signalsThrough) {
        for (int attempt = 1; ; attempt++) {
            Optional<StoredWeights> current = weights.findById(userId);
            Instant through = signalsThrough != null ? signalsThrough
                    : current.map(StoredWeights::lastProcessedAt).orElse(null);
            LearningRule.Learned learned = LearningRule.learn(
                    LearningRule.learnableDefaults(liveRules.current().settings().defaultWeights()),
                    engagements(userId, through), feedback.forUser(userId).stream().map(RecordedFeedback::ratings).toList());
            StoredWeights row = row(userId, learned, through, current.map(StoredWeights::version).orElse(null));
            try {
                if (current.isPresent()) {
                    weights.update(row);
                } else {
                    weights.save(row);
                }
                travellerChanges.changed(userId);
                return learned;
            } catch (DataAccessException e) {
                // Someone else wrote this traveller's row since we read it: learn again from fresh data.
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.debug("Weights of a traveller changed while learning; trying again ({})", e.toString());
            }
        }
    }

    private List<LearningRule.Engagement> engagements(String userId, @Nullable Instant through) {
        if (through == null) {
            return List.of();
        }
        List<LearningRule.Engagement> engagements = new ArrayList<>();
        for (RecordedSignal signal : signals.forUser(userId, through, settings.signalsPerTraveller())) {
            profiles.profile(signal.destinationId(), signal.timestamp().atZone(ZoneOffset.UTC).getMonth())
                    .ifPresent(profile -> engagements.add(
                            new LearningRule.Engagement(signal.eventType(), signal.durationMs(), profile)));
        }
        return engagements;
    }

    private StoredWeights row(String userId, LearningRule.Learned learned, @Nullable Instant through,
                              @Nullable Long version) {
        Map<Factor, Double> w = learned.weights();
        Map<Factor, Double> t = learned.taste();
        return new StoredWeights(userId, w.get(Factor.SAFETY_INDEX), w.get(Factor.WEATHER_STABILITY),
                w.get(Factor.TRANSPORT_ACCESSIBILITY), w.get(Factor.LANGUAGE_COMPATIBILITY),
                w.get(Factor.HEALTH_EMERGENCY), w.get(Factor.BUDGET_MATCH), w.get(Factor.CROWD_DENSITY),
                learned.confidence(), learned.interactions(), clock.instant(), through,
                t == null ? null : t.get(Factor.SAFETY_INDEX), t == null ? null : t.get(Factor.WEATHER_STABILITY),
                t == null ? null : t.get(Factor.TRANSPORT_ACCESSIBILITY),
                t == null ? null : t.get(Factor.LANGUAGE_COMPATIBILITY),
                t == null ? null : t.get(Factor.HEALTH_EMERGENCY), t == null ? null : t.get(Factor.BUDGET_MATCH),
                t == null ? null : t.get(Factor.CROWD_DENSITY), version);
    }
}
