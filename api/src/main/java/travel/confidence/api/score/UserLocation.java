package travel.confidence.api.score;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** The seed's {@code userLocation}: where the traveller is now, in decimal degrees (WGS 84). */
@Serdeable
public record UserLocation(
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "35.68") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "139.76") Double longitude) {
}
