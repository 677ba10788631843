package travel.confidence.api.score;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The seed's {@code Alert} (first five fields), plus what an operator set when posting it: its id (to retract
 * it), the destination, when it expires, and the area it covers, if any.
 */
@Serdeable
public record Alert(
        @Schema(allowableValues = {"geopolitical", "weather", "health", "safety"}, requiredMode = Schema.RequiredMode.REQUIRED) String type,
        @Schema(allowableValues = {"low", "medium", "high", "critical"}, requiredMode = Schema.RequiredMode.REQUIRED) String severity,
        String message,
        String source,
        String issuedAt,
        @Nullable String id,
        @Nullable String destinationId,
        @Nullable @Schema(description = "ISO 8601") String expiresAt,
        @Nullable AlertArea area) {

    @Creator
    public Alert {
    }

    /** The seed's five fields only. */
    public Alert(String type, String severity, String message, String source, String issuedAt) {
        this(type, severity, message, source, issuedAt, null, null, null, null);
    }
}
