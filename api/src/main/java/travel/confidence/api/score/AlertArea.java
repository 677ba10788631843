package travel.confidence.api.score;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** Where an alert applies: a circle around a centre, in decimal degrees and kilometres. */
@Serdeable
public record AlertArea(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("5000")
        @Schema(description = "Radius in kilometres", example = "50") Double radiusKm) {
}
