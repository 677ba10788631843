package travel.confidence.api.context;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import travel.confidence.api.score.TravelDates;
import travel.confidence.api.score.UserLocation;

/** The seed's {@code ContextAdjustmentRequest}: a base score to adjust for live conditions. */
@Serdeable
@Schema(description = "Adjust a base score for the live conditions of a destination and dates")
public record ContextAdjustmentRequest(
        @NotBlank @Size(max = 64) @Schema(description = "ISO 3166-1 alpha-2 code", example = "JP") String destinationId,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(description = "0-100; used to one decimal", example = "72.5")
        Double baseScore,
        @NotNull @Valid TravelDates travelDates,
        @Nullable @Valid UserLocation userLocation) {
}
