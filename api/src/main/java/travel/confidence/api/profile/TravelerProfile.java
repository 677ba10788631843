package travel.confidence.api.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The seed's {@code TravelerProfile}. In a score request any part may be left out and is treated as unknown;
 * the profile endpoints fill {@code createdAt}/{@code updatedAt} themselves.
 */
@Serdeable
public record TravelerProfile(
        @Nullable @Size(max = 128) String userId,
        @Nullable @Valid Persona persona,
        @Nullable @Valid Preferences preferences,
        @Nullable @Valid TravelHistory travelHistory,
        @Nullable @Valid PreferenceWeights preferenceWeights,
        @Nullable String createdAt,
        @Nullable String updatedAt) {
}
