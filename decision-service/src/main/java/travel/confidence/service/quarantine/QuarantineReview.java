package travel.confidence.service.quarantine;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.data.preference.ContentId;
import travel.confidence.data.preference.FeedbackStore;
import travel.confidence.data.preference.QuarantineAudit;
import travel.confidence.data.preference.QuarantineStore;
import travel.confidence.data.preference.QuarantinedRecord;
import travel.confidence.data.preference.RecordedFeedback;
import travel.confidence.data.preference.RecordedSignal;
import travel.confidence.data.preference.SignalStore;
import travel.confidence.service.error.ConflictException;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.preference.QuarantineReason;
import travel.confidence.service.preference.TravellerLearning;

/**
 * Approves or rejects a quarantined record. Without multi-document transactions the steps are ordered so a
 * crash between any two leaves nothing wrong for long: an approval first makes the record learnable under
 * an id of its own (idempotent), then flips the status only if it is still pending, then writes the review
 * log. A rejection flips the status, then removes anything an interrupted approval may have left. The
 * decision itself (who, when, why) is also on the record, so it survives even if the log write is lost.
 * Approved feedback is learned from at once; an approved signal with the next learning batch.
 */
@Singleton
class QuarantineReview {

    private static final Logger LOG = LoggerFactory.getLogger(QuarantineReview.class);

    private final QuarantineStore quarantine;
    private final SignalStore signals;
    private final FeedbackStore feedback;
    private final TravellerLearning learning;
    private final Clock clock;

    QuarantineReview(QuarantineStore quarantine, SignalStore signals, FeedbackStore feedback,
                     TravellerLearning learning, Clock clock) {
        this.quarantine = quarantine;
        this.signals = signals;
        this.feedback = feedback;
        this.learning = learning;
        this.clock = clock;
    }

    QuarantinedRecord approve(String id, String actor, @Nullable String reason) {
        QuarantinedRecord item = pending(id);
        Instant now = clock.instant();
        Optional<RecordedFeedback> replaced = Optional.empty();
        if (item.signal() != null) {
            RecordedSignal s = item.signal();
            signals.append(new RecordedSignal(approvedSignalId(id), s.userId(), s.eventType(), s.destinationId(),
                    s.durationMs(), s.timestamp(), s.receivedAt(), now, id));
        } else {
            RecordedFeedback f = item.feedback();
            replaced = feedback.find(f.userId(), f.tripId()).filter(stored -> !id.equals(stored.approvedFrom()));
            replaced.ifPresent(earlier -> keepSuperseded(earlier, id, actor, now));
            feedback.replace(new RecordedFeedback(f.userId(), f.tripId(), f.destinationId(), f.ratings(), f.comments(),
                    f.timestamp(), f.receivedAt(), now, id));
        }
        if (!quarantine.decide(id, QuarantinedRecord.Status.APPROVED, actor, now, reason)) {
            undoApproval(item);
            throw alreadyDecided(id);
        }
        quarantine.audit(new QuarantineAudit(id, "approve", actor, now,
                replaced.map(r -> (reason == null ? "" : reason + "; ") + "replaces the feedback received "
                        + r.receivedAt()).orElse(reason)));
        if (item.feedback() != null) {
            try {
                learning.learnFromFeedback(item.userId());
            } catch (RuntimeException e) {
                LOG.warn("Approved feedback not learned from yet; the next batch will: {}", e.toString());
            }
        }
        return quarantine.find(id).orElseThrow();
    }

    QuarantinedRecord reject(String id, String actor, String reason) {
        QuarantinedRecord item = pending(id);
        Instant now = clock.instant();
        if (!quarantine.decide(id, QuarantinedRecord.Status.REJECTED, actor, now, reason)) {
            throw alreadyDecided(id);
        }
        undoApproval(item);
        quarantine.audit(new QuarantineAudit(id, "reject", actor, now, reason));
        return quarantine.find(id).orElseThrow();
    }

    /** Feedback that an approved record replaces is not thrown away: it is kept, decided, in the quarantine. */
    private void keepSuperseded(RecordedFeedback earlier, String approvedId, String actor, Instant now) {
        String supersededId = ContentId.of("superseded", approvedId, earlier.userId(), earlier.tripId(),
                earlier.receivedAt().toEpochMilli());
        quarantine.hold(QuarantinedRecord.of(supersededId, List.of(QuarantineReason.SUPERSEDED.name()), earlier));
        String why = "superseded by approved quarantine record " + approvedId;
        if (quarantine.decide(supersededId, QuarantinedRecord.Status.REJECTED, actor, now, why)) {
            quarantine.audit(new QuarantineAudit(supersededId, "reject", actor, now, why));
        }
    }

    /** Removes whatever an approval of this record made learnable (none if it never got that far). */
    private void undoApproval(QuarantinedRecord item) {
        if (item.signal() != null) {
            signals.delete(approvedSignalId(item.id()));
        } else {
            feedback.deleteApprovedFrom(item.feedback().userId(), item.feedback().tripId(), item.id());
        }
    }

    private QuarantinedRecord pending(String id) {
        QuarantinedRecord item = quarantine.find(id).orElseThrow(() -> new NotFoundException(ErrorCodes.NOT_FOUND,
                "No quarantined record with id '" + shorten(id) + "'", Map.of("field", "id")));
        if (item.status() != QuarantinedRecord.Status.PENDING) {
            throw alreadyDecided(id);
        }
        return item;
    }

    private static ConflictException alreadyDecided(String id) {
        return new ConflictException("This record has already been reviewed", Map.of("id", shorten(id)), false);
    }

    static String approvedSignalId(String quarantineId) {
        return ContentId.of("approved-signal", quarantineId);
    }

    private static String shorten(String id) {
        return id.length() > 64 ? id.substring(0, 64) + "..." : id;
    }
}
