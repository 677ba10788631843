package travel.confidence.service.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An experiment to create: at least two variants, each serving a rule set version (validated, published or
 * archived: never a draft) to a share of users (fractions adding up to 1). One variant is the control (the
 * first, unless another says so); stopped variants' users get it.
 */
@Serdeable
record NewExperiment(@Nullable String name, @Nullable String description, @Nullable List<Variant> variants,
                     @Nullable Guardrails guardrails) {

    @Serdeable
    record Variant(@Nullable String name, @Nullable Long versionId, @Nullable Double share, @Nullable Boolean control) {
    }

    /**
     * The limits that stop a variant automatically; every one optional (defaults in {@link Experiments}).
     */
    @Serdeable
    record Guardrails(@Nullable Double maxErrorRate, @Nullable Double maxLowBadgeShare,
                      @Nullable Double maxComplaintRate, @Nullable Integer minDecisions, @Nullable Integer minFeedback) {
    }
}
