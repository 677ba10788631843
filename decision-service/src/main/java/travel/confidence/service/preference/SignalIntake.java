package travel.confidence.service.preference;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.preference.ExplicitFeedback;
import travel.confidence.api.preference.FeedbackRatings;
import travel.confidence.api.preference.ImplicitSignal;
import travel.confidence.api.preference.TrackResult;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.preference.ContentId;
import travel.confidence.data.preference.FeedbackStore;
import travel.confidence.data.preference.QuarantineStore;
import travel.confidence.data.preference.QuarantinedRecord;
import travel.confidence.data.preference.Ratings;
import travel.confidence.data.preference.RecordedFeedback;
import travel.confidence.data.preference.RecordedSignal;
import travel.confidence.data.preference.SignalStore;

/**
 * Takes in signals and feedback (the schema is already checked by bean validation): a plausible record is
 * stored, an implausible one is quarantined with its reasons; either way it is durable before the caller
 * hears {@code success}. If the store cannot take it, the store's failure reaches the caller as a retryable
 * 503 instead. Records get ids from their content, so a client retrying after a timeout stores nothing twice.
 */
@Singleton
class SignalIntake {

    private static final Logger LOG = LoggerFactory.getLogger(SignalIntake.class);

    private final SignalStore signals;
    private final FeedbackStore feedback;
    private final QuarantineStore quarantine;
    private final Plausibility plausibility;
    private final BurstMeter bursts;
    private final DestinationCatalogue catalogue;
    private final TravellerLearning learning;
    private final Clock clock;

    SignalIntake(SignalStore signals, FeedbackStore feedback, QuarantineStore quarantine, Plausibility plausibility,
                 BurstMeter bursts, DestinationCatalogue catalogue, TravellerLearning learning, Clock clock) {
        this.signals = signals;
        this.feedback = feedback;
        this.quarantine = quarantine;
        this.plausibility = plausibility;
        this.bursts = bursts;
        this.catalogue = catalogue;
        this.learning = learning;
        this.clock = clock;
    }

    TrackResult track(ImplicitSignal signal) {
        Instant timestamp = Timestamps.parse("timestamp", signal.timestamp());
        String destination = destinationId(signal.destinationId());
        Instant now = clock.instant();
        boolean burst = bursts.arriveAndCheck(signal.userId());
        List<QuarantineReason> reasons = new ArrayList<>(plausibility.check(timestamp, signal.duration(), destination));
        if (burst) {
            reasons.add(QuarantineReason.BURST);
        }
        String id = ContentId.of("signal", signal.userId(), signal.eventType(), destination, timestamp.toEpochMilli(),
                signal.duration());
        RecordedSignal recorded = new RecordedSignal(id, signal.userId(), signal.eventType(), destination,
                signal.duration(), timestamp, now, now, null);
        if (reasons.isEmpty()) {
            signals.append(recorded);
            return TrackResult.stored();
        }
        List<String> codes = codes(reasons);
        quarantine.hold(QuarantinedRecord.of(ContentId.of("quarantine", id), codes, recorded));
        LOG.warn("Quarantined an implicit signal for review: {}", codes);
        return TrackResult.quarantined(codes);
    }

    TrackResult submit(ExplicitFeedback submitted) {
        Instant timestamp = Timestamps.parse("timestamp", submitted.timestamp());
        String destination = destinationId(submitted.destinationId());
        Instant now = clock.instant();
        FeedbackRatings r = submitted.ratings();
        RecordedFeedback recorded = new RecordedFeedback(submitted.userId(), submitted.tripId(), destination,
                new Ratings(r.overall(), r.safety(), r.value(), r.accessibility(), r.experience()),
                submitted.comments(), timestamp, now, now, null);
        List<QuarantineReason> reasons = new ArrayList<>(plausibility.check(timestamp, null, destination));
        if (reasons.isEmpty()) {
            FeedbackStore.Outcome outcome = feedback.append(recorded);
            switch (outcome) {
                case STORED -> {
                    learnAtOnce(submitted.userId());
                    return TrackResult.stored();
                }
                case ALREADY_STORED -> {
                    return TrackResult.stored();
                }
                case CONFLICT -> reasons.add(QuarantineReason.DUPLICATE_FEEDBACK);
            }
        }
        List<String> codes = codes(reasons);
        quarantine.hold(QuarantinedRecord.of(ContentId.of("quarantine-feedback", recorded.userId(), recorded.tripId(),
                destination, recorded.ratings(), recorded.comments(), timestamp.toEpochMilli()), codes, recorded));
        LOG.warn("Quarantined post-trip feedback for review: {}", codes);
        return TrackResult.quarantined(codes);
    }

    /** Feedback is learned from at once (seed); if that fails it is stored all the same, and the batch catches up. */
    private void learnAtOnce(String userId) {
        try {
            learning.learnFromFeedback(userId);
        } catch (RuntimeException e) {
            LOG.warn("Feedback stored but not learned from yet; the next batch will: {}", e.toString());
        }
    }

    /** The catalogue's spelling of a known destination; an unknown one as given, upper-cased. */
    private String destinationId(String given) {
        return catalogue.find(given).map(DestinationRecord::id).orElse(given.strip().toUpperCase(Locale.ROOT));
    }

    private static List<String> codes(List<QuarantineReason> reasons) {
        return reasons.stream().map(Enum::name).toList();
    }
}
