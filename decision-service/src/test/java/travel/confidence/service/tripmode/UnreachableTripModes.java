package travel.confidence.service.tripmode;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.tripmode.TripModeRepository;

/** Trip modes whose store can be made unreachable in the "assistant-sabotage" test environment. */
@Singleton
@Replaces(TripModes.class)
@Requires(env = "assistant-sabotage")
public class UnreachableTripModes extends TripModes {

    public static volatile boolean down;

    UnreachableTripModes(TripModeRepository repository, DestinationCatalogue catalogue, Clock clock) {
        super(repository, catalogue, clock);
    }

    @Override
    public boolean isActive(String userId) {
        if (down) {
            throw new IllegalStateException("relational store unreachable");
        }
        return super.isActive(userId);
    }
}
