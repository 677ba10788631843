package travel.confidence.api.score;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How fresh one kind of external data behind a response is (seed: ExternalDataCache).
 *
 * @param kind      safety, weather, transport, health, alerts or holidays
 * @param source    who publishes the data we used
 * @param status    live (fetched for this request), cached (fetched earlier, still within its time to live),
 *                  stale (the last good value after a failed fetch), bundled (the open data shipped with the
 *                  product) or unavailable (nothing usable: the score goes on without it)
 * @param fetchedAt when we fetched it (ISO 8601), or for bundled data the date the source gives
 * @param note      what the traveller or an operator should know, e.g. why a live source was not used
 */
@Serdeable
public record DataFreshness(
        String kind,
        String source,
        @Schema(allowableValues = {"live", "cached", "stale", "bundled", "unavailable"}) String status,
        @Nullable String fetchedAt,
        @Nullable String note) {
}
