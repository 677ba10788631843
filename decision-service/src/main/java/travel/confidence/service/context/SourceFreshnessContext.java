package travel.confidence.service.context;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.util.List;
import travel.confidence.api.score.DataFreshness;
import travel.confidence.data.advisory.AdvisorySource;
import travel.confidence.data.external.Sourced;
import travel.confidence.data.health.HealthSource;
import travel.confidence.data.transport.TransportSource;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.score.ContextSnapshot;
import travel.confidence.service.score.ContextSource;

/**
 * Where the safety, transport and health data behind a score comes from and how fresh it is (the seed's
 * ExternalDataCache kinds). No facts: the factor tables already score these values.
 */
@Singleton
class SourceFreshnessContext implements ContextSource, Ordered {

    private final AdvisorySource advisories;
    private final TransportSource transport;
    private final HealthSource health;

    SourceFreshnessContext(AdvisorySource advisories, TransportSource transport, HealthSource health) {
        this.advisories = advisories;
        this.transport = transport;
        this.health = health;
    }

    @Override
    public ContextSnapshot snapshot(String destinationId, Trip trip, @Nullable Location location) {
        Sourced<?> safety = advisories.current(destinationId);
        List<DataFreshness> freshness = List.of(freshness("safety", safety),
                freshness("transport", transport.transport(destinationId)),
                freshness("health", health.health(destinationId)));
        return new ContextSnapshot(List.of(), List.of(), List.of(), "sources:" + safety.freshness().wire() + ":"
                + safety.asOf(), freshness);
    }

    private static DataFreshness freshness(String kind, Sourced<?> sourced) {
        return new DataFreshness(kind, sourced.source(), sourced.freshness().wire(), sourced.asOf(), sourced.note());
    }

    @Override
    public int getOrder() {
        return 50;
    }
}
