package travel.confidence.data.tripmode;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A traveller's trip mode (seed: TripModeStatus), one row per user: the latest switch wins.
 *
 * @param startedAt          when the trip mode was switched on; null while it is off
 * @param currentDestination ISO 3166-1 alpha-2 code of where the traveller is, when known
 */
@MappedEntity("trip_mode")
public record StoredTripMode(@Id String userId,
                             String tripId,
                             boolean active,
                             @Nullable Instant startedAt,
                             @Nullable String currentDestination,
                             Instant updatedAt) {
}
