package travel.confidence.service.score;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.score.Alert;
import travel.confidence.rules.model.Trip;

/**
 * Asks every context source for its snapshot and merges them. A source that fails is left out with a notice
 * (seed, Error Handling 7: base scores without that context, and say so), never failing the decision.
 */
@Singleton
public class LiveContext {

    /** The merged context of one destination and trip. */
    public record Gathered(List<Object> facts, List<Alert> alerts, List<String> notices, String version) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(LiveContext.class);

    private final List<ContextSource> sources;

    LiveContext(List<ContextSource> sources) {
        this.sources = sources;
    }

    public Gathered gather(String destinationId, Trip trip, @Nullable ContextSource.Location location) {
        List<Object> facts = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        StringBuilder version = new StringBuilder();
        for (ContextSource source : sources) {
            ContextSnapshot snapshot;
            try {
                snapshot = source.snapshot(destinationId, trip, location);
            } catch (RuntimeException e) {
                LOG.warn("Context source {} failed for {}: {}", source.getClass().getSimpleName(), destinationId, e.toString());
                snapshot = ContextSnapshot.unavailable("Live conditions could not be checked just now, "
                        + "so this score may not reflect the latest conditions");
            }
            facts.addAll(snapshot.facts());
            alerts.addAll(snapshot.alerts());
            notices.addAll(snapshot.notices());
            version.append(snapshot.version()).append('|');
        }
        return new Gathered(List.copyOf(facts), List.copyOf(alerts), List.copyOf(notices), version.toString());
    }
}
