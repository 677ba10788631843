package travel.confidence.api.score;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import travel.confidence.api.profile.TravelerProfile;

/** The seed's {@code ConfidenceScoreRequest}, plus the traveller's location as in {@code ContextAdjustmentRequest}. */
@Serdeable
@Schema(description = "Score one destination for one traveller and dates")
public record ConfidenceScoreRequest(
        @NotBlank @Size(max = 64) @Schema(description = "ISO 3166-1 alpha-2 code", example = "JP") String destinationId,
        @NotBlank @Size(max = 128) @Schema(example = "user-42") String userId,
        @NotNull @Valid TravelDates travelDates,
        @Nullable @Valid @Schema(description = "Used instead of the stored profile when given") TravelerProfile userProfile,
        @Nullable @Valid @Schema(description = "Where the traveller is now, for the alert proximity rules") UserLocation userLocation) {

    @Creator
    public ConfidenceScoreRequest {
    }

    /** A request without the traveller's location. */
    public ConfidenceScoreRequest(String destinationId, String userId, TravelDates travelDates, TravelerProfile userProfile) {
        this(destinationId, userId, travelDates, userProfile, null);
    }
}
