package travel.confidence.service.score;

import java.util.Optional;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.rules.model.Measurement;
import travel.confidence.rules.model.Trip;

/**
 * The traveller's learned interest in a destination (indicator {@code learnedAffinity}, 0-100), from what
 * they browsed. Empty when nothing has been learned about them.
 */
public interface AffinitySource {

    Optional<Measurement> affinity(ResolvedTraveller traveller, DestinationRecord destination, Trip trip);
}
