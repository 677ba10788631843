package travel.confidence.service.score;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.profile.TravelerProfile;
import travel.confidence.data.profile.StoredProfile;
import travel.confidence.data.profile.StoredWeights;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.LearnedWeights;
import travel.confidence.rules.model.Traveller;
import travel.confidence.service.profile.ProfileMapper;

/**
 * Resolves the traveller of a decision (seed, Error Handling 4): the profile in the request, else the stored
 * profile, else the anonymous default profile (then the score is "general", not personalised). Learned weights
 * come from the store unless the request's profile carries its own. If the store cannot be read, the decision
 * goes on as general with a warning rather than failing.
 */
@Singleton
public class TravellerResolver {

    private static final Logger LOG = LoggerFactory.getLogger(TravellerResolver.class);

    private final StoredTravellers storedTravellers;

    TravellerResolver(StoredTravellers storedTravellers) {
        this.storedTravellers = storedTravellers;
    }

    public ResolvedTraveller resolve(String userId, @Nullable TravelerProfile given) {
        Optional<StoredProfile> stored;
        Optional<StoredWeights> learnedRow;
        try {
            boolean ownWeights = given != null && given.preferenceWeights() != null;
            StoredTravellers.Rows rows = ownWeights ? null : storedTravellers.rows(userId);
            stored = given == null ? rows.profile() : Optional.empty();
            learnedRow = ownWeights ? Optional.empty() : rows.weights();
        } catch (RuntimeException e) {
            LOG.warn("Profile store unavailable for a decision; scoring without personalisation: {}", e.toString());
            Traveller traveller = ProfileMapper.toTraveller(given);
            return new ResolvedTraveller(userId, traveller, null, given != null,
                    "unavailable:" + Objects.hashCode(given),
                    "Your saved profile could not be read just now, so this score is not personalised", null);
        }
        LearnedWeights learned = given != null && given.preferenceWeights() != null
                ? ProfileMapper.toLearned(given.preferenceWeights())
                : learnedRow.map(w -> ProfileMapper.toLearned(ProfileMapper.toApi(w))).orElse(null);
        LearnedTaste taste = learned == null ? null : learnedRow.map(TravellerResolver::taste).orElse(null);
        if (given != null) {
            return new ResolvedTraveller(userId, ProfileMapper.toTraveller(given), learned, true,
                    "request:" + given.hashCode() + ":" + learnedRow.map(TravellerResolver::learnedVersion).orElse(null), null,
                    taste);
        }
        if (stored.isPresent()) {
            TravelerProfile profile = ProfileMapper.toApi(stored.get(), null);
            return new ResolvedTraveller(userId, ProfileMapper.toTraveller(profile), learned, true,
                    "stored:" + stored.get().version() + ":" + stored.get().updatedAt() + ":"
                            + learnedRow.map(TravellerResolver::learnedVersion).orElse(null), null, taste);
        }
        return new ResolvedTraveller(userId, Traveller.anonymous(), learned, learned != null,
                "anonymous:" + learnedRow.map(TravellerResolver::learnedVersion).orElse(null), null, taste);
    }

    /** Changes whenever the learned weights do, even if two updates fall in the same instant. */
    private static String learnedVersion(StoredWeights w) {
        return w.lastUpdated() + "#" + w.version();
    }

    /** The taste columns, when the traveller's signals have been learned from. */
    private static LearnedTaste taste(StoredWeights w) {
        Double[] values = {w.tasteSafetyIndex(), w.tasteWeatherStability(), w.tasteTransportAccessibility(),
                w.tasteLanguageCompatibility(), w.tasteHealthEmergency(), w.tasteBudgetMatch(), w.tasteCrowdDensity()};
        Factor[] factors = {Factor.SAFETY_INDEX, Factor.WEATHER_STABILITY, Factor.TRANSPORT_ACCESSIBILITY,
                Factor.LANGUAGE_COMPATIBILITY, Factor.HEALTH_EMERGENCY, Factor.BUDGET_MATCH, Factor.CROWD_DENSITY};
        Map<Factor, Double> lean = new EnumMap<>(Factor.class);
        for (int i = 0; i < factors.length; i++) {
            if (values[i] == null) {
                return null;
            }
            lean.put(factors[i], values[i]);
        }
        return new LearnedTaste(lean, w.lastUpdated());
    }
}
