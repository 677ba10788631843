package travel.confidence.data.decision;

import java.util.List;
import java.util.Optional;

/** Where decisions are recorded. Recording never blocks or fails a decision. */
public interface DecisionLog {

    void record(DecisionEntry entry);

    Optional<DecisionEntry> find(String decisionId);

    /** The most recent decisions, newest first. */
    List<DecisionEntry> recent(int limit);

    /** Writes out everything recorded so far (for shutdown and tests). */
    void flush();

    /** Entries lost since start because the store could not take them in time (for monitoring). */
    default long dropped() {
        return 0;
    }
}
