package travel.confidence.data.alert;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** An alert to post; the store gives it its id and creation time. */
public record NewAlert(String destinationId, String type, String severity, String message, String source,
                       Instant issuedAt, Instant expiresAt, @Nullable Double latitude, @Nullable Double longitude,
                       @Nullable Double radiusKm, String origin) {
}
