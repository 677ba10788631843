package travel.confidence.data.experiment;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One logged decision of an experiment variant, as much of it as the metrics need. */
public record VariantDecision(String variant, String userId, String destinationId, Instant decidedAt,
                              @Nullable String badge, boolean preliminary) {
}
