package travel.confidence.api.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import travel.confidence.api.score.AlertArea;

/**
 * An alert an operator or a feed posts (seed: Alert), with the destination it concerns, an optional area and
 * an optional expiry.
 *
 * @param issuedAt  ISO 8601 instant; now when left out
 * @param expiresAt ISO 8601 instant after {@code issuedAt}; 30 days after it when left out
 */
@Serdeable
@Schema(description = "Post an alert for a destination")
public record AlertRequest(
        @NotBlank @Size(max = 64) @Schema(example = "JP") String destinationId,
        @NotBlank @Pattern(regexp = "geopolitical|weather|health|safety",
                message = "must be one of geopolitical, weather, health, safety") String type,
        @NotBlank @Pattern(regexp = "low|medium|high|critical", message = "must be one of low, medium, high, critical")
        String severity,
        @NotBlank @Size(max = 1000) String message,
        @NotBlank @Size(max = 200) String source,
        @Nullable @Size(max = 40) String issuedAt,
        @Nullable @Size(max = 40) String expiresAt,
        @Nullable @Valid AlertArea area) {
}
