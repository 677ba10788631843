package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What an impact preview compares; anything left out takes the service's default (every persona, all twelve
 * months, 7-day trips, the 200 most recent logged decisions, 20 movers).
 */
@Serdeable
public record ImpactRequest(@Nullable List<String> personas, @Nullable List<Integer> months,
                            @Nullable Integer tripDays, @Nullable Integer replay, @Nullable Integer movers) {

    public static ImpactRequest forMonths(List<Integer> months) {
        return new ImpactRequest(null, List.copyOf(months), null, null, null);
    }
}
