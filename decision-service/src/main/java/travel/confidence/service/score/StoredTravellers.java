package travel.confidence.service.score;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.util.Optional;
import travel.confidence.data.profile.ProfileRepository;
import travel.confidence.data.profile.StoredProfile;
import travel.confidence.data.profile.StoredWeights;
import travel.confidence.data.profile.WeightsRepository;

/**
 * A traveller's stored profile and learned weights, kept for a moment. A cached score is only served after the
 * traveller has been resolved, so without this every cache hit paid two relational reads, and those, not the
 * rules, bounded the requests per second. Writes through this instance forget the traveller at once; a write
 * through another instance is seen here within {@code confidence.scoring.traveller-ttl} (default 2 s).
 */
@Singleton
public class StoredTravellers {

    /** What the relational store holds for one traveller; either part may be missing. */
    record Rows(Optional<StoredProfile> profile, Optional<StoredWeights> weights) {
    }

    private final ProfileRepository profiles;
    private final WeightsRepository weights;
    private final Cache<String, Rows> recent;

    StoredTravellers(ProfileRepository profiles, WeightsRepository weights, ScoringSettings settings) {
        this.profiles = profiles;
        this.weights = weights;
        this.recent = Caffeine.newBuilder().maximumSize(settings.cacheMaxSize())
                .expireAfterWrite(settings.travellerTtl()).build();
    }

    /** Reads through to the store on a miss; a failing store throws and nothing is remembered. */
    Rows rows(String userId) {
        Rows known = recent.getIfPresent(userId);
        if (known != null) {
            return known;
        }
        Rows read = new Rows(profiles.findById(userId), weights.findById(userId));
        recent.put(userId, read);
        return read;
    }

    /** The traveller's profile or learned weights were just written here. */
    public void changed(String userId) {
        recent.invalidate(userId);
    }
}
