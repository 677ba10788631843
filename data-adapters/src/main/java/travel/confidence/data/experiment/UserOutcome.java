package travel.confidence.data.experiment;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * Something a user did after being scored: an implicit signal (a bookmark ...) or a feedback rating.
 *
 * @param overall the overall rating (1-5) of feedback, null for a signal
 */
public record UserOutcome(String userId, String destinationId, Instant at, @Nullable Double overall) {
}
