package travel.confidence.data.transport;

import java.util.Map;
import travel.confidence.data.destination.SourcedValue;
import travel.confidence.data.external.Sourced;

/** A destination's transport indicators (seed: transport ratings, 30 day time to live) with their freshness. */
public interface TransportSource {

    Sourced<Map<String, SourcedValue>> transport(String destinationId);
}
