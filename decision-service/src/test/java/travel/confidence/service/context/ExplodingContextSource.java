package travel.confidence.service.context;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.score.ContextSnapshot;
import travel.confidence.service.score.ContextSource;

/** A context source that is down: every call fails. Only in the "failing-context" test environment. */
@Singleton
@Requires(env = "failing-context")
class ExplodingContextSource implements ContextSource, Ordered {

    @Override
    public ContextSnapshot snapshot(String destinationId, Trip trip, @Nullable Location location) {
        throw new IllegalStateException("context service down: internal detail that must never reach a client");
    }

    @Override
    public int getOrder() {
        return 15;
    }
}
