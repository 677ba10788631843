package travel.confidence.api.recommend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import travel.confidence.api.profile.TravelerProfile;

/**
 * When to go: one destination scored for a trip starting in each month of the coming year.
 *
 * @param tripLengthDays the length of the trip to score (default 7)
 */
@Serdeable
@Schema(description = "Score one destination for each month of the coming year")
public record BestMonthsRequest(
        @NotBlank @Size(max = 64) String destinationId,
        @NotBlank @Size(max = 128) String userId,
        @Nullable @Valid TravelerProfile userProfile,
        @Nullable @Min(1) @Max(60) Integer tripLengthDays) {
}
