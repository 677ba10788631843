package travel.confidence.data.preference;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * An implicit signal as stored.
 *
 * @param id         derived from the signal's content, so a client's retry of the same signal is stored once
 * @param durationMs how long the action lasted, if the client said
 * @param timestamp  when it happened, as the client said
 * @param receivedAt when it reached us
 * @param acceptedAt when it became learnable (at receipt, or when a reviewer approved it)
 * @param approvedFrom the quarantined record a reviewer approved it from, or null if accepted at receipt
 */
public record RecordedSignal(String id, String userId, String eventType, String destinationId,
                             @Nullable Long durationMs, Instant timestamp, Instant receivedAt, Instant acceptedAt,
                             @Nullable String approvedFrom) {
}
