package travel.confidence.service.preference;

import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.Indicator;
import travel.confidence.rules.model.Measurement;
import travel.confidence.rules.model.Provenance;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.score.AffinitySource;
import travel.confidence.service.score.LearnedTaste;
import travel.confidence.service.score.ResolvedTraveller;

/**
 * The learned affinity (0-100) of a traveller for a destination: how much the destination's profile in the
 * travel month points the same way as the traveller's taste (cosine similarity of the two standardised
 * profiles, mapped from -1..1 to 0..100). 50 is indifferent. A taste too faint to point anywhere gives no
 * affinity at all, and so does any failure: scoring goes on without it.
 */
@Singleton
class TasteAffinity implements AffinitySource {

    static final String SOURCE = "your browsing on this site";
    private static final double FAINTEST_TASTE = 0.05;
    private static final Logger LOG = LoggerFactory.getLogger(TasteAffinity.class);

    private final DestinationProfiles profiles;

    TasteAffinity(DestinationProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Optional<Measurement> affinity(ResolvedTraveller traveller, DestinationRecord destination, Trip trip) {
        LearnedTaste taste = traveller.taste();
        if (taste == null) {
            return Optional.empty();
        }
        try {
            return profiles.profile(destination.id(), trip.getStartDate().getMonth())
                    .flatMap(profile -> similarity(taste.lean(), profile))
                    .map(value -> new Measurement(Indicator.LEARNED_AFFINITY, value,
                            new Provenance(SOURCE, taste.learnedAt().atZone(ZoneOffset.UTC).toLocalDate().toString())));
        } catch (RuntimeException e) {
            LOG.warn("Learned affinity unavailable for {}: {}", destination.id(), e.toString());
            return Optional.empty();
        }
    }

    static Optional<Double> similarity(Map<Factor, Double> taste, Map<Factor, Double> profile) {
        double dot = 0;
        double tasteNorm = 0;
        double profileNorm = 0;
        for (Map.Entry<Factor, Double> lean : taste.entrySet()) {
            double p = Math.max(-LearningRule.PROFILE_CLIP, Math.min(LearningRule.PROFILE_CLIP,
                    profile.getOrDefault(lean.getKey(), 0.0)));
            dot += lean.getValue() * p;
            tasteNorm += lean.getValue() * lean.getValue();
            profileNorm += p * p;
        }
        if (Math.sqrt(tasteNorm) < FAINTEST_TASTE || profileNorm < 1e-12) {
            return Optional.empty();
        }
        double cosine = dot / Math.sqrt(tasteNorm * profileNorm);
        return Optional.of(Math.round((50 + 50 * cosine) * 10) / 10.0);
    }
}
