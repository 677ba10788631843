package travel.confidence.data.preference;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A record held back for review, never deleted: exactly one of {@code signal} and {@code feedback} is set.
 *
 * @param id           derived from the content, so the same record arriving again is held once and counted
 * @param reasons      why it was held (codes the service defines)
 * @param occurrences  how many times this same record arrived
 */
public record QuarantinedRecord(String id, Kind kind, String userId, String destinationId, List<String> reasons,
                                @Nullable RecordedSignal signal, @Nullable RecordedFeedback feedback,
                                Instant receivedAt, Instant lastReceivedAt, int occurrences, Status status,
                                @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionReason) {

    public QuarantinedRecord {
        reasons = List.copyOf(reasons);
        if ((signal == null) == (feedback == null)) {
            throw new IllegalArgumentException("a quarantined record holds either a signal or a feedback");
        }
    }

    public static QuarantinedRecord of(String id, List<String> reasons, RecordedSignal signal) {
        return new QuarantinedRecord(id, Kind.IMPLICIT_SIGNAL, signal.userId(), signal.destinationId(), reasons,
                signal, null, signal.receivedAt(), signal.receivedAt(), 1, Status.PENDING, null, null, null);
    }

    public static QuarantinedRecord of(String id, List<String> reasons, RecordedFeedback feedback) {
        return new QuarantinedRecord(id, Kind.EXPLICIT_FEEDBACK, feedback.userId(), feedback.destinationId(), reasons,
                null, feedback, feedback.receivedAt(), feedback.receivedAt(), 1, Status.PENDING, null, null, null);
    }

    /** What was held. */
    public enum Kind {
        IMPLICIT_SIGNAL("implicit-signal"), EXPLICIT_FEEDBACK("explicit-feedback");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static java.util.Optional<Kind> byKey(String key) {
            for (Kind kind : values()) {
                if (kind.key.equals(key)) {
                    return java.util.Optional.of(kind);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** Where the review stands. */
    public enum Status {
        PENDING, APPROVED, REJECTED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static java.util.Optional<Status> byKey(String key) {
            for (Status status : values()) {
                if (status.key().equals(key)) {
                    return java.util.Optional.of(status);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
