package travel.confidence.api.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;

/** The seed's {@code persona}. A missing attribute is treated as unknown. */
@Serdeable
public record Persona(
        @Nullable @Pattern(regexp = "budget|mid-range|luxury", message = "must be one of budget, mid-range, luxury")
        @Schema(allowableValues = {"budget", "mid-range", "luxury"}) String budgetTier,
        @Nullable @Pattern(regexp = "solo|couple|family|group", message = "must be one of solo, couple, family, group")
        @Schema(allowableValues = {"solo", "couple", "family", "group"}) String travelStyle,
        @Nullable @Pattern(regexp = "novice|intermediate|experienced", message = "must be one of novice, intermediate, experienced")
        @Schema(allowableValues = {"novice", "intermediate", "experienced"}) String experienceLevel) {
}
