package travel.confidence.api.score;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The seed's {@code Alert}. */
@Serdeable
public record Alert(
        @Schema(allowableValues = {"geopolitical", "weather", "health", "safety"}) String type,
        @Schema(allowableValues = {"low", "medium", "high", "critical"}) String severity,
        String message,
        String source,
        String issuedAt) {
}
