package travel.confidence.service.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import travel.confidence.data.experiment.StoredExperiment;
import travel.confidence.data.experiment.StoredVariant;
import travel.confidence.service.rules.RuleVersionName;

/** An experiment with its guardrails and variants. */
@Serdeable
record ExperimentView(long id, String name, @Nullable String description, String status, String createdBy,
                      String createdAt, @Nullable String startedAt, @Nullable String stoppedAt, Limits guardrails,
                      List<Variant> variants) {

    @Serdeable
    record Limits(double maxErrorRate, double maxLowBadgeShare, double maxComplaintRate, int minDecisions,
                  int minFeedback) {
    }

    /** @param variant the label decisions record for it ({@code exp3:treatment}) */
    @Serdeable
    record Variant(String name, String variant, long versionId, String version, double share, boolean control,
                   boolean stopped, @Nullable String stoppedAt, @Nullable String stopReason) {
    }

    static ExperimentView of(StoredExperiment e, List<StoredVariant> variants) {
        return new ExperimentView(e.id(), e.name(), e.description(), e.status(), e.createdBy(), e.createdAt().toString(),
                e.startedAt() == null ? null : e.startedAt().toString(), e.stoppedAt() == null ? null : e.stoppedAt().toString(),
                new Limits(e.maxErrorRate(), e.maxLowBadgeShare(), e.maxComplaintRate(), e.minDecisions(), e.minFeedback()),
                variants.stream().map(v -> new Variant(v.name(), VariantAssignment.label(e.id(), v.name()), v.versionId(),
                        RuleVersionName.of(v.versionId()), v.shareBasisPoints() / (double) StoredVariant.ALL, v.control(),
                        v.stoppedAt() != null, v.stoppedAt() == null ? null : v.stoppedAt().toString(), v.stopReason()))
                        .toList());
    }
}
