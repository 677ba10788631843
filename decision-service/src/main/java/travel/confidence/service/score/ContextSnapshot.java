package travel.confidence.service.score;

import java.util.List;
import travel.confidence.api.score.Alert;
import travel.confidence.api.score.DataFreshness;

/**
 * What one context source knows right now for a destination and trip.
 *
 * @param facts     facts for the context rules
 * @param alerts    the seed's alerts to show the traveller
 * @param notices   plain-language notes, e.g. that a source could not be reached
 * @param version   changes whenever the facts change, so a cached score never outlives its context
 * @param freshness where the source's data comes from and how fresh it is
 */
public record ContextSnapshot(List<Object> facts, List<Alert> alerts, List<String> notices, String version,
                              List<DataFreshness> freshness) {

    public ContextSnapshot {
        facts = List.copyOf(facts);
        alerts = List.copyOf(alerts);
        notices = List.copyOf(notices);
        freshness = freshness == null ? List.of() : List.copyOf(freshness);
    }

    public ContextSnapshot(List<Object> facts, List<Alert> alerts, List<String> notices, String version) {
        this(facts, alerts, notices, version, List.of());
    }

    public static ContextSnapshot unavailable(String notice) {
        return new ContextSnapshot(List.of(), List.of(), List.of(notice), "unavailable");
    }
}
