package travel.confidence.service.tripmode;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import travel.confidence.api.assistant.TripModeStatus;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.tripmode.StoredTripMode;
import travel.confidence.data.tripmode.TripModeRepository;
import travel.confidence.service.error.InvalidInputException;

/**
 * Switches a traveller's trip mode on or off (the latest switch wins) and says whether it is on. A user we
 * have never heard of simply has it off.
 */
@Singleton
public class TripModes {

    private final TripModeRepository repository;
    private final DestinationCatalogue catalogue;
    private final Clock clock;

    TripModes(TripModeRepository repository, DestinationCatalogue catalogue, Clock clock) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Stores the switch; on switching on, {@code startedAt} is the given instant, else the earlier start of the same trip, else now. */
    TripModeStatus apply(TripModeStatus request) {
        String destination = destination(request.currentDestination());
        Instant requestedStart = startedAt(request.startedAt());
        Instant now = clock.instant();
        Optional<StoredTripMode> existing = repository.findById(request.userId());
        boolean active = request.isActive();
        Instant startedAt = null;
        if (active) {
            startedAt = requestedStart != null ? requestedStart
                    : existing.filter(e -> e.active() && e.tripId().equals(request.tripId()))
                    .map(StoredTripMode::startedAt).orElse(now);
        }
        StoredTripMode next = new StoredTripMode(request.userId(), request.tripId(), active, startedAt,
                destination != null ? destination : existing.filter(e -> e.tripId().equals(request.tripId()))
                        .map(StoredTripMode::currentDestination).orElse(null), now);
        return view(store(next, existing.isPresent()));
    }

    /** The traveller's trip mode; off for a user never seen. */
    public TripModeStatus status(String userId) {
        return repository.findById(userId).map(TripModes::view)
                .orElseGet(() -> new TripModeStatus(userId, "", false, null, null));
    }

    /** Whether the assistant may answer this traveller now. */
    public boolean isActive(String userId) {
        return repository.findById(userId).map(StoredTripMode::active).orElse(false);
    }

    private StoredTripMode store(StoredTripMode next, boolean exists) {
        if (exists) {
            return repository.update(next);
        }
        try {
            return repository.save(next);
        } catch (DataAccessException insertedMeanwhile) {
            // Another request for the same user inserted the row first: the latest switch still wins.
            return repository.update(next);
        }
    }

    private String destination(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return catalogue.find(id).map(d -> d.id().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> InvalidInputException.field("currentDestination",
                        "is not a destination we know (use an ISO 3166-1 alpha-2 code such as ES)"));
    }

    private static Instant startedAt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field("startedAt",
                    "must be an ISO 8601 date-time with an offset, such as 2026-05-01T12:00:00Z");
        }
    }

    private static TripModeStatus view(StoredTripMode mode) {
        return new TripModeStatus(mode.userId(), mode.tripId(), mode.active(),
                mode.startedAt() == null ? null : mode.startedAt().toString(), mode.currentDestination());
    }
}
