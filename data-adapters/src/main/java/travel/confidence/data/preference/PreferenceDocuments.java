package travel.confidence.data.preference;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Converts the records of this package to and from documents. Instants are stored as dates (milliseconds). */
final class PreferenceDocuments {

    private PreferenceDocuments() {
    }

    static Document signal(RecordedSignal s) {
        return new Document("_id", s.id()).append("userId", s.userId()).append("eventType", s.eventType())
                .append("destinationId", s.destinationId()).append("durationMs", s.durationMs())
                .append("timestamp", date(s.timestamp())).append("receivedAt", date(s.receivedAt()))
                .append("acceptedAt", date(s.acceptedAt())).append("approvedFrom", s.approvedFrom());
    }

    static RecordedSignal signal(Document d) {
        Number duration = (Number) d.get("durationMs");
        return new RecordedSignal(d.getString("_id"), d.getString("userId"), d.getString("eventType"),
                d.getString("destinationId"), duration == null ? null : duration.longValue(), instant(d, "timestamp"),
                instant(d, "receivedAt"), instant(d, "acceptedAt"), d.getString("approvedFrom"));
    }

    static String feedbackId(String userId, String tripId) {
        return ContentId.of("feedback", userId, tripId);
    }

    static Document feedback(RecordedFeedback f) {
        Ratings r = f.ratings();
        return new Document("_id", feedbackId(f.userId(), f.tripId())).append("userId", f.userId())
                .append("tripId", f.tripId()).append("destinationId", f.destinationId())
                .append("ratings", new Document("overall", r.overall()).append("safety", r.safety())
                        .append("value", r.value()).append("accessibility", r.accessibility())
                        .append("experience", r.experience()))
                .append("comments", f.comments()).append("timestamp", date(f.timestamp()))
                .append("receivedAt", date(f.receivedAt())).append("acceptedAt", date(f.acceptedAt()))
                .append("approvedFrom", f.approvedFrom());
    }

    static RecordedFeedback feedback(Document d) {
        Document r = d.get("ratings", Document.class);
        Ratings ratings = new Ratings(number(r, "overall"), number(r, "safety"), number(r, "value"),
                number(r, "accessibility"), number(r, "experience"));
        return new RecordedFeedback(d.getString("userId"), d.getString("tripId"), d.getString("destinationId"),
                ratings, d.getString("comments"), instant(d, "timestamp"), instant(d, "receivedAt"),
                instant(d, "acceptedAt"), d.getString("approvedFrom"));
    }

    static Document quarantined(QuarantinedRecord q) {
        Document d = new Document("_id", q.id()).append("kind", q.kind().key()).append("userId", q.userId())
                .append("destinationId", q.destinationId()).append("reasons", q.reasons())
                .append("receivedAt", date(q.receivedAt())).append("lastReceivedAt", date(q.lastReceivedAt()))
                .append("occurrences", q.occurrences()).append("status", q.status().key())
                .append("decidedBy", q.decidedBy()).append("decidedAt", q.decidedAt() == null ? null : date(q.decidedAt()))
                .append("decisionReason", q.decisionReason());
        if (q.signal() != null) {
            d.append("signal", signal(q.signal()));
        } else {
            d.append("feedback", feedback(q.feedback()));
        }
        return d;
    }

    static QuarantinedRecord quarantined(Document d) {
        Document signal = d.get("signal", Document.class);
        Document feedback = d.get("feedback", Document.class);
        Date decidedAt = d.getDate("decidedAt");
        return new QuarantinedRecord(d.getString("_id"),
                QuarantinedRecord.Kind.byKey(d.getString("kind")).orElseThrow(),
                d.getString("userId"), d.getString("destinationId"), d.getList("reasons", String.class),
                signal == null ? null : signal(signal), feedback == null ? null : feedback(feedback),
                instant(d, "receivedAt"), instant(d, "lastReceivedAt"), d.getInteger("occurrences", 1),
                QuarantinedRecord.Status.byKey(d.getString("status")).orElseThrow(), d.getString("decidedBy"),
                decidedAt == null ? null : decidedAt.toInstant(), d.getString("decisionReason"));
    }

    static Document audit(QuarantineAudit a) {
        return new Document("quarantineId", a.quarantineId()).append("action", a.action()).append("actor", a.actor())
                .append("at", date(a.at())).append("reason", a.reason());
    }

    static QuarantineAudit audit(Document d) {
        return new QuarantineAudit(d.getString("quarantineId"), d.getString("action"), d.getString("actor"),
                instant(d, "at"), d.getString("reason"));
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }

    private static Instant instant(Document d, String field) {
        return d.getDate(field).toInstant();
    }

    private static double number(Document d, String field) {
        return ((Number) d.get(field)).doubleValue();
    }

    static List<String> strings(Document d, String field) {
        return d.getList(field, String.class);
    }
}
