package travel.confidence.data.alert;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * An alert as stored: the seed's Alert fields, the destination it concerns, when it expires, an optional
 * circular area, who posted it ({@link #OPERATOR} or {@link #ADVISORY_IMPORT}) and, once retracted, when.
 */
public record StoredAlert(String id, String destinationId, String type, String severity, String message,
                          String source, Instant issuedAt, Instant expiresAt, @Nullable Double latitude,
                          @Nullable Double longitude, @Nullable Double radiusKm, String origin, Instant createdAt,
                          @Nullable Instant retractedAt) {

    public static final String OPERATOR = "operator";
    public static final String ADVISORY_IMPORT = "advisory-import";

    public StoredAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(destinationId, "destinationId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** In force: issued, not expired and not retracted. */
    public boolean activeAt(Instant now) {
        return retractedAt == null && !issuedAt.isAfter(now) && now.isBefore(expiresAt);
    }

    public boolean hasArea() {
        return latitude != null && longitude != null && radiusKm != null;
    }

    StoredAlert retracted(Instant at) {
        return new StoredAlert(id, destinationId, type, severity, message, source, issuedAt, expiresAt, latitude,
                longitude, radiusKm, origin, createdAt, at);
    }
}
