package travel.confidence.api.profile;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** The seed's {@code weights} object of {@code PreferenceWeights}: one weight (0-1) per learnable factor. */
@Serdeable
public record FactorWeights(
        @DecimalMin("0") @DecimalMax("1") double safetyIndex,
        @DecimalMin("0") @DecimalMax("1") double weatherStability,
        @DecimalMin("0") @DecimalMax("1") double transportAccessibility,
        @DecimalMin("0") @DecimalMax("1") double languageCompatibility,
        @DecimalMin("0") @DecimalMax("1") double healthEmergency,
        @DecimalMin("0") @DecimalMax("1") double budgetMatch,
        @DecimalMin("0") @DecimalMax("1") double crowdDensity) {
}
