package travel.confidence.service.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.FactorBreakdown;
import travel.confidence.rules.model.Factor;
import travel.confidence.service.score.ScoreDecided;

/**
 * Decisions and the fallbacks they used (seed: log all fallback usage): how many scores were decided in full or
 * answered with a preliminary estimate, how many needed a neutral value for a factor without data, and which
 * factors those were. Registered at start, so rates exist from the first scrape.
 */
@Context
@Requires(beans = MeterRegistry.class)
class DecisionMeters {

    private final Counter full;
    private final Counter preliminary;
    private final Counter withFallback;
    private final Map<String, Counter> factorFallbacks = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    DecisionMeters(MeterRegistry registry) {
        this.registry = registry;
        this.full = decisions("full");
        this.preliminary = decisions("preliminary");
        this.withFallback = Counter.builder("confidence.decisions.with.fallback")
                .description("Decisions in which at least one factor had no data and scored the neutral value")
                .register(registry);
        for (Factor factor : Factor.values()) {
            factorFallback(factor.key());
        }
    }

    @EventListener
    void on(ScoreDecided event) {
        ConfidenceScoreResponse response = event.response();
        (response.preliminary() ? preliminary : full).increment();
        if (response.preliminary()) {
            return; // an estimate, not a decision on the data: its neutral factors say nothing about the data
        }
        if (response.fallbackUsed()) {
            withFallback.increment();
        }
        for (FactorBreakdown factor : response.breakdown()) {
            if (factor.fallbackUsed()) {
                factorFallback(factor.factorName()).increment();
            }
        }
    }

    private Counter decisions(String outcome) {
        return Counter.builder("confidence.decisions")
                .description("Scores decided (not served from the cache): full, or a preliminary estimate after "
                        + "an engine failure or a budget overrun")
                .tag("outcome", outcome).register(registry);
    }

    private Counter factorFallback(String factor) {
        return factorFallbacks.computeIfAbsent(factor, f -> Counter.builder("confidence.factor.fallbacks")
                .description("Decisions in which this factor had no data and scored the neutral value")
                .tag("factor", f).register(registry));
    }
}
