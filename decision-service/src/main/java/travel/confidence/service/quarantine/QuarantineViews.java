package travel.confidence.service.quarantine;

import java.util.List;
import travel.confidence.api.preference.ExplicitFeedback;
import travel.confidence.api.preference.FeedbackRatings;
import travel.confidence.api.preference.ImplicitSignal;
import travel.confidence.api.preference.QuarantineAuditEntry;
import travel.confidence.api.preference.QuarantineItem;
import travel.confidence.data.preference.QuarantineAudit;
import travel.confidence.data.preference.QuarantinedRecord;
import travel.confidence.data.preference.RecordedFeedback;
import travel.confidence.data.preference.RecordedSignal;
import travel.confidence.service.preference.QuarantineReason;

/** The quarantine as the admin API shows it: the record in the shape it was sent, and the reasons in words. */
final class QuarantineViews {

    private QuarantineViews() {
    }

    static QuarantineItem item(QuarantinedRecord q, List<QuarantineAudit> audit) {
        List<String> explanation = q.reasons().stream()
                .map(code -> QuarantineReason.byCode(code).map(r -> "Held because " + r.description()).orElse(code))
                .toList();
        return new QuarantineItem(q.id(), q.kind().key(), q.userId(), q.destinationId(), q.reasons(), explanation,
                q.receivedAt().toString(), q.lastReceivedAt().toString(), q.occurrences(), q.status().key(),
                q.signal() == null ? null : signal(q.signal()), q.feedback() == null ? null : feedback(q.feedback()),
                q.decidedBy(), q.decidedAt() == null ? null : q.decidedAt().toString(), q.decisionReason(),
                audit.stream().map(a -> new QuarantineAuditEntry(a.quarantineId(), a.action(), a.actor(),
                        a.at().toString(), a.reason())).toList());
    }

    private static ImplicitSignal signal(RecordedSignal s) {
        return new ImplicitSignal(s.userId(), s.eventType(), s.destinationId(), s.durationMs(), s.timestamp().toString());
    }

    private static ExplicitFeedback feedback(RecordedFeedback f) {
        var r = f.ratings();
        return new ExplicitFeedback(f.userId(), f.tripId(), f.destinationId(),
                new FeedbackRatings(r.overall(), r.safety(), r.value(), r.accessibility(), r.experience()),
                f.comments(), f.timestamp().toString());
    }
}
