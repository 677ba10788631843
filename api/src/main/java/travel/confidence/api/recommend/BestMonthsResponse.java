package travel.confidence.api.recommend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Twelve monthly scores and what to make of them.
 *
 * @param bestMonths  the best month and those close to it (within a quarter of the year's range), best first
 * @param driver      the factor whose score changes most over the year (what makes the difference), or null
 * @param summary     one sentence for the traveller
 */
@Serdeable
public record BestMonthsResponse(String destinationId, String name, String ruleVersion, boolean personalized,
                                 List<MonthScore> months, List<String> bestMonths, @Nullable String driver,
                                 String summary) {
}
