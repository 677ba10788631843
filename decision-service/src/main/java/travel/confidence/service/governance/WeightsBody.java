package travel.confidence.service.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** The default weights of a version by factor key, as fractions that add up to 1. */
@Serdeable
record WeightsBody(@Nullable Map<String, Double> weights) {
}
