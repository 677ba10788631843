package travel.confidence.service.preference;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import travel.confidence.data.destination.DestinationCatalogue;

/**
 * The second validation layer: a record that is well-formed but that no real traveller could have produced
 * is held for review rather than learned from (seed, Error Handling 6). Each check names its reason.
 */
@Singleton
class Plausibility {

    private final PreferenceSettings settings;
    private final DestinationCatalogue catalogue;
    private final Clock clock;

    Plausibility(PreferenceSettings settings, DestinationCatalogue catalogue, Clock clock) {
        this.settings = settings;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The reasons a record with these values is implausible; empty if it is plausible. */
    List<QuarantineReason> check(Instant timestamp, @Nullable Long durationMs, String destinationId) {
        List<QuarantineReason> reasons = new ArrayList<>();
        Instant now = clock.instant();
        if (timestamp.isAfter(now.plus(settings.clockSkew()))) {
            reasons.add(QuarantineReason.FUTURE_TIMESTAMP);
        }
        if (timestamp.isBefore(now.minus(settings.maxAge()))) {
            reasons.add(QuarantineReason.STALE_TIMESTAMP);
        }
        if (durationMs != null && Duration.ofMillis(durationMs).compareTo(settings.maxDuration()) > 0) {
            reasons.add(QuarantineReason.DURATION_TOO_LONG);
        }
        if (catalogue.find(destinationId).isEmpty()) {
            reasons.add(QuarantineReason.UNKNOWN_DESTINATION);
        }
        return reasons;
    }
}
