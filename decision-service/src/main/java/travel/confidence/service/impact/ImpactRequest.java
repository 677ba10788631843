package travel.confidence.service.impact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What to compare. Everything is optional.
 *
 * @param personas named personas of {@link PersonaGrid} (default: all of them)
 * @param months   travel months 1-12 (default: all twelve)
 * @param tripDays length of each trip, starting on the first of the month next year (default 7)
 * @param replay   how many of the most recent logged decisions to replay (default 200, 0 for none)
 * @param movers   how many of the biggest movers to list (default 20)
 */
@Serdeable
record ImpactRequest(@Nullable List<String> personas, @Nullable List<Integer> months, @Nullable Integer tripDays,
                     @Nullable Integer replay, @Nullable Integer movers) {
}
