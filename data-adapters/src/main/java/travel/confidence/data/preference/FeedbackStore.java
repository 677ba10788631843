package travel.confidence.data.preference;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accepted post-trip feedback, at most one per traveller and trip. */
public interface FeedbackStore {

    /** What became of an append. */
    enum Outcome { STORED, ALREADY_STORED, CONFLICT }

    /**
     * Stores the feedback durably unless the traveller already gave feedback on this trip: then the answer
     * is {@code ALREADY_STORED} if the stored answers are the same (a retry) and {@code CONFLICT} otherwise.
     */
    Outcome append(RecordedFeedback feedback);

    /** Stores the feedback durably, replacing any earlier feedback on the same trip. */
    void replace(RecordedFeedback feedback);

    Optional<RecordedFeedback> find(String userId, String tripId);

    List<RecordedFeedback> forUser(String userId);

    /** Users with feedback accepted after {@code after} and up to {@code through}. */
    Set<String> usersAccepted(Instant after, Instant through);

    /** Removes the traveller's feedback on the trip if a reviewer approved it from this quarantined record. */
    void deleteApprovedFrom(String userId, String tripId, String quarantineId);
}
