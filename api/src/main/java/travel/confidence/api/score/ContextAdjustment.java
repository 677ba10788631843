package travel.confidence.api.score;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The seed's {@code ContextAdjustment}: one step from the base score to the final score, with its reason.
 * The fallback penalty is listed this way too (factor {@code dataCompleteness}).
 */
@Serdeable
public record ContextAdjustment(String factor, double originalValue, double adjustedValue, String reason) {
}
