package travel.confidence.service.score;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * @param budget       how long a decision may take before a preliminary answer is sent (seed: 500 ms)
 * @param cacheTtl     how long a score is served from the cache (seed: 6 hours)
 * @param cacheMaxSize how many scores the cache holds
 * @param threads      threads that run decisions
 * @param travellerTtl how long a traveller's stored profile and weights are reused before being read again;
 *                     writes through this instance are seen at once, writes through another within this time
 */
@ConfigurationProperties(ScoringSettings.PREFIX)
public record ScoringSettings(@Bindable(defaultValue = "500ms") Duration budget,
                              @Bindable(defaultValue = "6h") Duration cacheTtl,
                              @Bindable(defaultValue = "100000") long cacheMaxSize,
                              @Bindable(defaultValue = "4") int threads,
                              @Bindable(defaultValue = "2s") Duration travellerTtl) {

    public static final String PREFIX = "confidence.scoring";
}
