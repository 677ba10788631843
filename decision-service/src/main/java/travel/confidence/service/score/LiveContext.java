package travel.confidence.service.score;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.OrderUtil;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.score.Alert;
import travel.confidence.api.score.DataFreshness;
import travel.confidence.rules.model.Trip;

/**
 * Gathers the live context of one decision from every {@link ContextSource}, in a fixed order, so that
 * /calculate and /adjust-context see exactly the same facts for the same destination, dates and location
 * and can never disagree. A source that fails is left out with a notice (seed: Error Handling 7): the score
 * is served without it, never refused.
 */
@Singleton
public class LiveContext {

    private static final Logger LOG = LoggerFactory.getLogger(LiveContext.class);
    static final String UNAVAILABLE_NOTICE = "Live conditions could not be checked just now, "
            + "so this score may not reflect the latest conditions";

    /** The context of one decision. {@code version} changes whenever any source's facts change. */
    public record Gathered(List<Object> facts, List<Alert> alerts, List<String> notices,
                           List<DataFreshness> freshness, String version) {
    }

    private final List<ContextSource> sources;
    private final ApplicationEventPublisher<ContextGathered> gathered;

    LiveContext(List<ContextSource> sources, ApplicationEventPublisher<ContextGathered> gathered) {
        this.gathered = gathered;
        List<ContextSource> ordered = new ArrayList<>(sources);
        OrderUtil.sort(ordered);
        this.sources = List.copyOf(ordered);
    }

    public Gathered gather(String destinationId, Trip trip, @Nullable ContextSource.Location location) {
        List<Object> facts = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        List<DataFreshness> freshness = new ArrayList<>();
        StringBuilder version = new StringBuilder();
        for (ContextSource source : sources) {
            ContextSnapshot snapshot;
            try {
                snapshot = source.snapshot(destinationId, trip, location);
            } catch (RuntimeException e) {
                LOG.warn("Context source {} failed for {}: {}", source.getClass().getSimpleName(), destinationId, e.toString());
                snapshot = ContextSnapshot.unavailable(UNAVAILABLE_NOTICE);
            }
            facts.addAll(snapshot.facts());
            alerts.addAll(snapshot.alerts());
            snapshot.notices().stream().filter(n -> !notices.contains(n)).forEach(notices::add);
            freshness.addAll(snapshot.freshness());
            version.append(snapshot.version()).append('|');
        }
        Gathered result = new Gathered(List.copyOf(facts), List.copyOf(alerts), List.copyOf(notices),
                List.copyOf(freshness), version.toString());
        gathered.publishEvent(new ContextGathered(result.freshness()));
        return result;
    }
}
