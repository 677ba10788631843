package travel.confidence.service.score;

import io.micronaut.core.annotation.Nullable;
import travel.confidence.rules.model.Trip;

/**
 * Live conditions that the context rules weigh (alerts, weather, holidays ...). Scoring asks every source
 * for its snapshot, in the order of {@link io.micronaut.core.order.Ordered} (so the context rules see their
 * facts, and list their adjustments, in the same order every time); a source that fails is skipped with a
 * notice, and the score is served without it.
 */
public interface ContextSource {

    ContextSnapshot snapshot(String destinationId, Trip trip, @Nullable Location location);

    /** A traveller's position (seed: userLocation). */
    record Location(double latitude, double longitude) {
    }
}
