package travel.confidence.data.health;

import java.util.Map;
import travel.confidence.data.destination.SourcedValue;
import travel.confidence.data.external.Sourced;

/** A destination's health-care indicators (seed: health facility data, 30 day time to live) with their freshness. */
public interface HealthSource {

    Sourced<Map<String, SourcedValue>> health(String destinationId);
}
