package travel.confidence.api.score;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import travel.confidence.api.profile.TravelerProfile;

/** The seed's {@code ConfidenceScoreRequest}. */
@Serdeable
@Schema(description = "Score one destination for one traveller and dates")
public record ConfidenceScoreRequest(
        @NotBlank @Size(max = 64) @Schema(description = "ISO 3166-1 alpha-2 code", example = "JP") String destinationId,
        @NotBlank @Size(max = 128) @Schema(example = "user-42") String userId,
        @NotNull @Valid TravelDates travelDates,
        @Nullable @Valid @Schema(description = "Used instead of the stored profile when given") TravelerProfile userProfile) {
}
