package travel.confidence.data.external;

import java.time.Instant;
import java.util.Optional;

/**
 * Fetched external data, shared by every instance. Each successful fetch is kept twice: as a cache entry that
 * is only served while fresh, and as the last known good value that outlives it for when a source fails.
 */
public interface ExternalDataCache {

    /** The cached value, if one is stored and still fresh at {@code now}. */
    Optional<CachedData> fresh(ExternalDataKind kind, String destinationId, Instant now);

    /** The last value fetched successfully, however old. */
    Optional<CachedData> lastKnownGood(ExternalDataKind kind, String destinationId);

    /** Stores a successful fetch as the cache entry and the last known good value. */
    void store(CachedData data);
}
