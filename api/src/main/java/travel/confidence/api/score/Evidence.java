package travel.confidence.api.score;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One value behind a factor score: what was measured, its value, the points the matching table row gave it,
 * the row's reason, and where the value comes from.
 */
@Serdeable
public record Evidence(String indicator, String label, double value, String unit, int points, String reason,
                       String rule, String source, String asOf) {
}
