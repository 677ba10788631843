package travel.confidence.service.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import travel.confidence.api.preference.LearningRun;

/**
 * Runs of the preference learning batch on this instance: complete (every traveller learned) or partial (some
 * failed and are retried next run). When it last succeeded on any instance is in {@link PeriodicReadings}.
 */
@Context
@Requires(beans = MeterRegistry.class)
class LearningMeters {

    private final Counter complete;
    private final Counter partial;

    LearningMeters(MeterRegistry registry) {
        this.complete = runs(registry, "complete");
        this.partial = runs(registry, "partial");
    }

    @EventListener
    void on(LearningRun run) {
        (run.failed() == 0 ? complete : partial).increment();
    }

    private static Counter runs(MeterRegistry registry, String outcome) {
        return Counter.builder("confidence.learning.runs")
                .description("Preference learning batch runs finished on this instance")
                .tag("outcome", outcome).register(registry);
    }
}
