package travel.confidence.service.score;

import java.util.List;
import travel.confidence.api.score.Alert;

/**
 * What one context source knows right now for a destination and trip.
 *
 * @param facts   facts for the context rules
 * @param alerts  the seed's alerts to show the traveller
 * @param notices plain-language notes, e.g. that a source could not be reached
 * @param version changes whenever the facts change, so a cached score never outlives its context
 */
public record ContextSnapshot(List<Object> facts, List<Alert> alerts, List<String> notices, String version) {

    public static ContextSnapshot unavailable(String notice) {
        return new ContextSnapshot(List.of(), List.of(), List.of(notice), "unavailable");
    }
}
