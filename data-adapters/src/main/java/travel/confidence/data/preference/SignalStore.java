package travel.confidence.data.preference;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accepted implicit signals. */
public interface SignalStore {

    /**
     * Stores the signal durably.
     *
     * @return false when a signal with the same id was already stored (a retry)
     */
    boolean append(RecordedSignal signal);

    Optional<RecordedSignal> find(String id);

    /** The user's signals accepted up to {@code acceptedThrough}, the most recent {@code limit} by timestamp. */
    List<RecordedSignal> forUser(String userId, Instant acceptedThrough, int limit);

    /** Users with signals accepted after {@code after} and up to {@code through}. */
    Set<String> usersAccepted(Instant after, Instant through);

    void delete(String id);
}
