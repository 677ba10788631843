package travel.confidence.api.profile;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** The seed's {@code PreferenceWeights}: learned weights of seven factors, and how much data backs them. */
@Serdeable
public record PreferenceWeights(
        String userId,
        @NotNull @Valid FactorWeights weights,
        @DecimalMin("0") @DecimalMax("1") @Schema(minimum = "0", maximum = "1", requiredMode = Schema.RequiredMode.REQUIRED) double confidence,
        String lastUpdated) {
}
