package travel.confidence.service.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.api.profile.BudgetRange;
import travel.confidence.api.profile.PreferenceWeights;
import travel.confidence.api.profile.TravelerProfile;
import travel.confidence.data.profile.ProfileRepository;
import travel.confidence.data.profile.StoredProfile;
import travel.confidence.service.error.ConflictException;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.error.StoreUnavailableException;
import travel.confidence.service.preference.LearnedWeightsReader;
import travel.confidence.service.score.TravellerChanges;

/**
 * Reads and writes traveller profiles with optimistic locking: the stored row's version is the profile's
 * ETag; an update names the version it read, so of two concurrent writers the second gets a conflict.
 * Writing a profile drops that traveller's cached scores.
 */
@Singleton
class Profiles {

    /** A profile and the ETag of its stored version. */
    record Versioned(TravelerProfile profile, String etag) {
    }

    record Saved(Versioned profile, boolean created) {
    }

    private final ProfileRepository repository;
    private final LearnedWeightsReader weights;
    private final TravellerChanges travellerChanges;
    private final Clock clock;

    Profiles(ProfileRepository repository, LearnedWeightsReader weights, TravellerChanges travellerChanges, Clock clock) {
        this.repository = repository;
        this.weights = weights;
        this.travellerChanges = travellerChanges;
        this.clock = clock;
    }

    Versioned get(String userId) {
        StoredProfile stored = read(userId).orElseThrow(() -> new NotFoundException(ErrorCodes.NOT_FOUND,
                "No profile for this user yet", Map.of("field", "userId")));
        return versioned(stored);
    }

    Saved put(String userId, TravelerProfile profile, @Nullable String ifMatch) {
        validate(userId, profile);
        Optional<StoredProfile> existing = read(userId);
        if (ifMatch != null && !matches(ifMatch, existing)) {
            throw new ConflictException("The profile has changed since you read it; read it again and retry",
                    Map.of("field", "If-Match", "current", existing.map(Profiles::etag).orElse("none")), false);
        }
        Instant now = clock.instant();
        StoredProfile saved;
        try {
            if (existing.isPresent()) {
                saved = repository.update(ProfileMapper.toStored(userId, profile, existing.get().createdAt(), now,
                        existing.get().version()));
            } else {
                saved = repository.save(ProfileMapper.toStored(userId, profile, now, now, null));
            }
        } catch (OptimisticLockException e) {
            throw concurrentChange();
        } catch (DataAccessException e) {
            if (existing.isEmpty() && read(userId).isPresent()) {
                throw concurrentChange(); // created by someone else in the meantime
            }
            throw new StoreUnavailableException("The profile cannot be saved just now; please try again shortly", e);
        }
        travellerChanges.changed(userId);
        return new Saved(versioned(read(userId).orElse(saved)), existing.isEmpty());
    }

    private static void validate(String userId, TravelerProfile profile) {
        if (profile.userId() != null && !profile.userId().equals(userId)) {
            throw InvalidInputException.field("userId", "must match the user id in the path or be left out");
        }
        BudgetRange budget = profile.preferences() == null ? null : profile.preferences().budgetRange();
        if (budget != null && budget.min() > budget.max()) {
            throw InvalidInputException.field("preferences.budgetRange.max", "must not be below min");
        }
    }

    private Optional<StoredProfile> read(String userId) {
        try {
            return repository.findById(userId);
        } catch (DataAccessException e) {
            throw new StoreUnavailableException("Profiles cannot be read just now; please try again shortly", e);
        }
    }

    private Versioned versioned(StoredProfile stored) {
        TravelerProfile profile = ProfileMapper.toApi(stored, null);
        PreferenceWeights learned;
        try {
            learned = weights.forUser(stored.userId());
        } catch (DataAccessException e) {
            throw new StoreUnavailableException("Profiles cannot be read just now; please try again shortly", e);
        }
        TravelerProfile withWeights = new TravelerProfile(profile.userId(), profile.persona(), profile.preferences(),
                profile.travelHistory(), learned, profile.createdAt(), profile.updatedAt());
        return new Versioned(withWeights, etag(stored));
    }

    private static boolean matches(String ifMatch, Optional<StoredProfile> existing) {
        if (existing.isEmpty()) {
            return false;
        }
        String wanted = ifMatch.strip();
        return wanted.equals("*") || wanted.equals(etag(existing.get())) || ("\"" + wanted + "\"").equals(etag(existing.get()));
    }

    private static String etag(StoredProfile stored) {
        return "\"" + (stored.version() == null ? 0 : stored.version()) + "\"";
    }

    private static ConflictException concurrentChange() {
        return new ConflictException("Someone else changed this profile at the same time; read it again and retry",
                Map.of("field", "If-Match"), false);
    }
}
