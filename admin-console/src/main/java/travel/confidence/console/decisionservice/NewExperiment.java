package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An experiment to create: at least two variants, each serving a version that passed validation to a share of
 * users (fractions adding up to 1); one of them is the control.
 */
@Serdeable
public record NewExperiment(String name, @Nullable String description, List<Variant> variants,
                            Experiment.Guardrails guardrails) {

    @Serdeable
    public record Variant(String name, long versionId, double share, boolean control) {
    }
}
