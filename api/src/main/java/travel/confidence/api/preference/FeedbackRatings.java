package travel.confidence.api.preference;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** The seed's {@code ratings} of a post-trip survey: each from 1 (poor) to 5 (excellent). */
@Serdeable
public record FeedbackRatings(
        @NotNull @DecimalMin(value = "1", message = "must be from 1 to 5") @DecimalMax(value = "5", message = "must be from 1 to 5")
        @Schema(minimum = "1", maximum = "5") Double overall,
        @NotNull @DecimalMin(value = "1", message = "must be from 1 to 5") @DecimalMax(value = "5", message = "must be from 1 to 5")
        @Schema(minimum = "1", maximum = "5") Double safety,
        @NotNull @DecimalMin(value = "1", message = "must be from 1 to 5") @DecimalMax(value = "5", message = "must be from 1 to 5")
        @Schema(minimum = "1", maximum = "5") Double value,
        @NotNull @DecimalMin(value = "1", message = "must be from 1 to 5") @DecimalMax(value = "5", message = "must be from 1 to 5")
        @Schema(minimum = "1", maximum = "5") Double accessibility,
        @NotNull @DecimalMin(value = "1", message = "must be from 1 to 5") @DecimalMax(value = "5", message = "must be from 1 to 5")
        @Schema(minimum = "1", maximum = "5") Double experience) {
}
