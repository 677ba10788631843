package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** How each variant of an experiment did, each rate with its sample size and a 95 % interval. */
@Serdeable
public record ExperimentMetrics(long experimentId, String status, String computedAt, @Nullable String since,
                                List<VariantMetrics> variants) {

    public ExperimentMetrics {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /**
     * @param guardrail {@code ok}, {@code breached} (about to be stopped), {@code stopped}, or {@code control}
     * @param breaches  which limits it breaks, in words
     */
    @Serdeable
    public record VariantMetrics(String variant, String name, String version, boolean control, double share,
                                 boolean stopped, @Nullable String stopReason, int decisions, int users,
                                 Rate errorRate, Rate lowBadgeShare, Rate bookmarkRate, Mean rating,
                                 Rate complaintRate, String guardrail, List<String> breaches) {

        public VariantMetrics {
            breaches = breaches == null ? List.of() : List.copyOf(breaches);
        }
    }

    /** {@code count} of {@code n}, the share and its 95 % Wilson interval (absent while n is 0). */
    @Serdeable
    public record Rate(int count, int n, @Nullable Double value, @Nullable Double low, @Nullable Double high) {
    }

    /** A mean of {@code n} ratings and its 95 % interval (which needs at least two ratings). */
    @Serdeable
    public record Mean(int n, @Nullable Double mean, @Nullable Double low, @Nullable Double high) {
    }
}
