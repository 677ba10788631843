package travel.confidence.api.recommend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Narrows a recommendation list.
 *
 * @param region         only destinations of this region (Africa, Americas, Asia, Europe, Oceania)
 * @param budgetTier     only destinations that suit this budget tier (their budget match is at least 70)
 * @param climate        only destinations whose climate in the travel months is the one named
 * @param destinationIds only these destinations
 */
@Serdeable
public record RecommendationFilters(
        @Nullable @Size(max = 40) String region,
        @Nullable @Pattern(regexp = "budget|mid-range|luxury", message = "must be one of budget, mid-range, luxury")
        @Schema(allowableValues = {"budget", "mid-range", "luxury"}) String budgetTier,
        @Nullable @Pattern(regexp = "tropical|temperate|cold", message = "must be one of tropical, temperate, cold")
        @Schema(allowableValues = {"tropical", "temperate", "cold"}) String climate,
        @Nullable @Size(max = 300) List<@NotNull @Size(max = 64) String> destinationIds) {
}
