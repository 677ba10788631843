package travel.confidence.service.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * How each variant of an experiment did: its decisions and what the scored users did afterwards, each rate
 * with its sample size and a 95 % interval, and its guardrail state.
 */
@Serdeable
record MetricsView(long experimentId, String status, String computedAt, @Nullable String since,
                   List<VariantMetrics> variants) {

    /**
     * @param errorRate     share of decisions answered with a preliminary estimate because the engine failed or overran
     * @param lowBadgeShare share of (full) decisions that got the Low badge
     * @param bookmarkRate  share of the variant's users who bookmarked a destination after it was scored for them
     * @param rating        mean overall feedback rating (1-5) for destinations scored under the variant
     * @param complaintRate share of that feedback rated 2 or lower
     * @param guardrail     {@code ok}, {@code breached} (about to be stopped), {@code stopped}, or {@code control}
     */
    @Serdeable
    record VariantMetrics(String variant, String name, String version, boolean control, double share, boolean stopped,
                          @Nullable String stopReason, int decisions, int users, Intervals.Rate errorRate,
                          Intervals.Rate lowBadgeShare, Intervals.Rate bookmarkRate, Intervals.Mean rating,
                          Intervals.Rate complaintRate, String guardrail, List<String> breaches) {
    }
}
