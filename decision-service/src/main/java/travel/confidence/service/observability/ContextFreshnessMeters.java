package travel.confidence.service.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import travel.confidence.api.score.DataFreshness;
import travel.confidence.service.score.ContextGathered;

/**
 * Freshness of the data behind decisions, per kind of data (safety, weather, transport, health, holidays ...)
 * and its status (live, cached, stale, bundled, unavailable): how often each was used, and how old the data
 * the latest request used was. A live source serving stale or no data shows as a rising stale/unavailable
 * count; a cache that stopped refreshing as a growing age.
 */
@Context
@Requires(beans = MeterRegistry.class)
class ContextFreshnessMeters {

    private record Key(String kind, String status) {
    }

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<Key, Counter> used = new ConcurrentHashMap<>();
    private final Map<Key, AtomicReference<Instant>> latest = new ConcurrentHashMap<>();

    ContextFreshnessMeters(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @EventListener
    void on(ContextGathered event) {
        for (DataFreshness freshness : event.freshness()) {
            if (freshness.kind() == null || freshness.status() == null) {
                continue;
            }
            Key key = new Key(freshness.kind(), freshness.status());
            used.computeIfAbsent(key, this::usedCounter).increment();
            Instant fetchedAt = FetchTimes.parse(freshness.fetchedAt());
            if (fetchedAt != null) {
                latest.computeIfAbsent(key, this::ageGauge).set(fetchedAt);
            }
        }
    }

    private Counter usedCounter(Key key) {
        return Counter.builder("confidence.context.data")
                .description("Times a decision used this kind of data with this freshness status")
                .tag("kind", key.kind()).tag("status", key.status()).register(registry);
    }

    private AtomicReference<Instant> ageGauge(Key key) {
        AtomicReference<Instant> fetchedAt = new AtomicReference<>();
        Gauge.builder("confidence.context.data.age", fetchedAt,
                        ref -> ref.get() == null ? Double.NaN
                                : Math.max(0, clock.millis() - ref.get().toEpochMilli()) / 1000.0)
                .description("Age of this kind of data, with this status, as the latest request used it")
                .baseUnit("seconds").tag("kind", key.kind()).tag("status", key.status()).register(registry);
        return fetchedAt;
    }
}
