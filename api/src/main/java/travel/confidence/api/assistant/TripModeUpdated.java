package travel.confidence.api.assistant;

import io.micronaut.serde.annotation.Serdeable;

/** The seed's answer to switching trip mode, {@code {success}}, plus the trip mode as now stored. */
@Serdeable
public record TripModeUpdated(boolean success, TripModeStatus tripMode) {
}
