package travel.confidence.service.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;

/**
 * The alerting thresholds as meters, so a standard rule compares a rate against the threshold this instance
 * was configured with ({@code ops/prometheus/alerts.yml}) instead of a number copied into the rule.
 */
@Context
@Requires(beans = MeterRegistry.class)
class AlertThresholds {

    AlertThresholds(MeterRegistry registry, ObservabilitySettings settings) {
        Gauge.builder("confidence.alerting.error.rate.threshold", settings, ObservabilitySettings::errorRateThreshold)
                .description("Share of 5xx answers above which the service counts as failing (seed: 5 %)")
                .register(registry);
        Gauge.builder("confidence.alerting.fallback.rate.threshold", settings, ObservabilitySettings::fallbackRateThreshold)
                .description("Share of decisions answered with a preliminary estimate above which fallback use is high")
                .register(registry);
    }
}
