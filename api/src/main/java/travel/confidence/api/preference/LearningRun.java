package travel.confidence.api.preference;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One run of the preference learning batch.
 *
 * @param signalsThrough signals accepted up to this instant were learned from
 * @param travellers     travellers whose weights were recalculated
 * @param failed         travellers whose recalculation failed (they are retried on the next run)
 */
@Serdeable
public record LearningRun(String startedAt, String finishedAt, String signalsThrough, int travellers, int failed) {
}
