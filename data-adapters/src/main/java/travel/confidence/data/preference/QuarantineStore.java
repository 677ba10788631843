package travel.confidence.data.preference;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The quarantine: implausible records kept for review, and the log of every review decision. */
public interface QuarantineStore {

    /** One page of matches, newest first, and how many match in all. */
    record Page(List<QuarantinedRecord> items, long total) {
    }

    /**
     * Holds the record durably. If the same record (same id) is already held, it is counted again and any new
     * reasons are added; the stored record is returned.
     */
    QuarantinedRecord hold(QuarantinedRecord record);

    Optional<QuarantinedRecord> find(String id);

    Page search(QuarantineQuery query);

    /**
     * Records a decision on a pending record.
     *
     * @return false when the record is not pending any more (someone decided first)
     */
    boolean decide(String id, QuarantinedRecord.Status decision, String actor, Instant at, String reason);

    /** Appends to the review log durably. */
    void audit(QuarantineAudit entry);

    /** The review log of one record, oldest first. */
    List<QuarantineAudit> auditOf(String quarantineId);
}
