package travel.confidence.service.observability;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import travel.confidence.data.decision.DecisionLog;
import travel.confidence.service.score.ScoreCache;

/**
 * Meters read straight from counters other beans keep anyway, at scrape time (nothing on the request path): the
 * score cache's hits, misses and size (seed: track cache hit rates) and the decision log entries dropped.
 */
@Context
@Requires(beans = MeterRegistry.class)
class StoreMeters {

    StoreMeters(MeterRegistry registry, ScoreCache cache, DecisionLog decisionLog) {
        FunctionCounter.builder("confidence.score.cache.hits", cache, ScoreCache::hits)
                .description("Score requests answered from the cache").register(registry);
        FunctionCounter.builder("confidence.score.cache.misses", cache, ScoreCache::misses)
                .description("Score requests that had to be decided").register(registry);
        Gauge.builder("confidence.score.cache.size", cache, ScoreCache::size)
                .description("Scores in the cache (estimate)").register(registry);
        FunctionCounter.builder("confidence.decision.log.dropped", decisionLog, DecisionLog::dropped)
                .description("Decision log entries lost because the document store could not take them in time")
                .register(registry);
    }
}
