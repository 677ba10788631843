package travel.confidence.service.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** New traffic shares by variant name, fractions adding up to 1. */
@Serdeable
record SharesBody(@Nullable Map<String, Double> shares) {
}
