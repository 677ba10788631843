package travel.confidence.data.preference;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * Post-trip feedback as stored: one per traveller and trip.
 *
 * @param receivedAt when it reached us
 * @param acceptedAt when it became learnable (at receipt, or when a reviewer approved it)
 * @param approvedFrom the quarantined record a reviewer approved it from, or null if accepted at receipt
 */
public record RecordedFeedback(String userId, String tripId, String destinationId, Ratings ratings,
                               @Nullable String comments, Instant timestamp, Instant receivedAt, Instant acceptedAt,
                               @Nullable String approvedFrom) {

    /** Same survey answers, whenever they arrived: a client's retry rather than a second opinion. */
    public boolean sameAnswersAs(RecordedFeedback other) {
        return userId.equals(other.userId) && tripId.equals(other.tripId) && destinationId.equals(other.destinationId)
                && ratings.equals(other.ratings) && java.util.Objects.equals(comments, other.comments)
                && timestamp.equals(other.timestamp);
    }
}
