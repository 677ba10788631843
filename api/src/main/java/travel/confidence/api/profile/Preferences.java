package travel.confidence.api.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The seed's {@code preferences}. */
@Serdeable
public record Preferences(
        boolean prioritySafety,
        @Nullable @Pattern(regexp = "tropical|temperate|cold|any", message = "must be one of tropical, temperate, cold, any")
        @Schema(allowableValues = {"tropical", "temperate", "cold", "any"}) String preferredClimate,
        @Nullable @Size(max = 20) @Schema(description = "ISO 639-1 codes")
        List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as en") String> languagePreferences,
        @Nullable @Pattern(regexp = "none|moderate|high", message = "must be one of none, moderate, high")
        @Schema(allowableValues = {"none", "moderate", "high"}) String mobilityRequirements,
        @Nullable @Valid BudgetRange budgetRange) {
}
