package travel.confidence.api.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
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
        @Nullable @Schema(description = "ISO 8601; stamped by the service", accessMode = Schema.AccessMode.READ_ONLY,
                requiredMode = Schema.RequiredMode.REQUIRED) String createdAt,
        @Nullable @Schema(description = "ISO 8601; stamped by the service", accessMode = Schema.AccessMode.READ_ONLY,
                requiredMode = Schema.RequiredMode.REQUIRED) String updatedAt) {
}
