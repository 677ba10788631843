package travel.confidence.service.observability;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.MDC;
import travel.confidence.service.score.ScoreDecided;

/**
 * Records the correlation id in the MDC of the thread that decided each score (the scoring pool's, not the
 * request's), and whether it was such a pool thread, for {@link CorrelationIdTest}.
 */
@Singleton
@Requires(property = MdcOnTheDecidingThread.ENABLED, value = "true")
class MdcOnTheDecidingThread {

    static final String ENABLED = "test.observability.mdc-on-deciding-thread";

    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

    @EventListener
    void on(ScoreDecided event) {
        String id = MDC.get("correlationId");
        if (id != null) {
            seen.put(id, Thread.currentThread().getName().startsWith("decision-"));
        }
    }

    Map<String, Boolean> seen() {
        return Map.copyOf(seen);
    }
}
