package travel.confidence.api.recommend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import travel.confidence.api.profile.TravelerProfile;
import travel.confidence.api.score.TravelDates;

/**
 * Destinations ranked by confidence for one traveller and dates.
 *
 * @param limit         how many to return (default 10)
 * @param includeSparse also rank destinations the open data says little about (fewer than six factors with data)
 */
@Serdeable
@Schema(description = "Rank destinations by confidence for a traveller and dates")
public record RecommendationRequest(
        @NotBlank @Size(max = 128) String userId,
        @NotNull @Valid TravelDates travelDates,
        @Nullable @Valid TravelerProfile userProfile,
        @Nullable @Valid RecommendationFilters filters,
        @Nullable @Min(1) @Max(300) Integer limit,
        @Nullable Boolean includeSparse) {
}
