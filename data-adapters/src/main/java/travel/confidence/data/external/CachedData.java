package travel.confidence.data.external;

import java.time.Instant;
import java.util.Objects;
import org.bson.Document;

/**
 * One fetched value of the seed's ExternalDataCache: what kind, for which destination, the data in the shape
 * its adapter chose, who published it, when we fetched it and when it stops being fresh.
 */
public record CachedData(ExternalDataKind kind, String destinationId, Document data, String source, Instant fetchedAt,
                         Instant expiresAt) {

    public CachedData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(destinationId, "destinationId");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A value fetched at {@code fetchedAt}, fresh for its kind's time to live. */
    public static CachedData fetched(ExternalDataKind kind, String destinationId, Document data, String source,
                                     Instant fetchedAt) {
        return new CachedData(kind, destinationId, data, source, fetchedAt, fetchedAt.plus(kind.ttl()));
    }

    public boolean freshAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
