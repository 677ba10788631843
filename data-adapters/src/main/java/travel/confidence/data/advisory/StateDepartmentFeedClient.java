package travel.confidence.data.advisory;

import io.micronaut.context.annotation.Requires;
import io.micronaut.retry.annotation.CircuitBreaker;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import travel.confidence.data.external.TimedHttpGet;

/**
 * The State Department's travel advisory RSS feed over HTTP, with a deadline, retries and a circuit breaker
 * (Micronaut's own): after an import has failed every attempt the circuit opens and imports fail at once until
 * {@code circuit-reset} has passed.
 */
@Singleton
@Requires(property = StateDepartmentSettings.PREFIX + ".enabled", value = "true")
public class StateDepartmentFeedClient {

    private final StateDepartmentSettings settings;
    private final TimedHttpGet http;
    private final AtomicLong calls = new AtomicLong();

    StateDepartmentFeedClient(StateDepartmentSettings settings) {
        this.settings = settings;
        this.http = new TimedHttpGet(StateDepartmentSettings.SOURCE, settings.timeout());
    }

    @CircuitBreaker(attempts = "${confidence.context.advisories.retries:1}",
            delay = "${confidence.context.advisories.retry-delay:1s}",
            reset = "${confidence.context.advisories.circuit-reset:5m}",
            throwWrappedException = true)
    public List<FeedAdvisory> fetch() {
        calls.incrementAndGet();
        return StateDepartmentFeedParser.parse(http.get(settings.feedUrl(), "application/rss+xml, application/xml, text/xml"));
    }

    /** How many HTTP calls this client has attempted (retries included). */
    public long calls() {
        return calls.get();
    }
}
