package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An A/B test of rule set versions: its variants with their shares, and the guardrails that stop a variant.
 *
 * @param status {@code draft}, {@code running} or {@code stopped}
 */
@Serdeable
public record Experiment(long id, String name, @Nullable String description, String status, String createdBy,
                         String createdAt, @Nullable String startedAt, @Nullable String stoppedAt,
                         Guardrails guardrails, List<Variant> variants) {

    public Experiment {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    public boolean isRunning() {
        return "running".equals(status);
    }

    public boolean isDraft() {
        return "draft".equals(status);
    }

    /** The limits that stop a non-control variant automatically. */
    @Serdeable
    public record Guardrails(double maxErrorRate, double maxLowBadgeShare, double maxComplaintRate, int minDecisions,
                             int minFeedback) {

        /** The service's defaults. */
        public static Guardrails defaults() {
            return new Guardrails(0.05, 0.5, 0.25, 200, 20);
        }
    }

    /** @param variant the label decisions record for it ({@code exp3:candidate}) */
    @Serdeable
    public record Variant(String name, String variant, long versionId, String version, double share, boolean control,
                          boolean stopped, @Nullable String stoppedAt, @Nullable String stopReason) {
    }
}
