package travel.confidence.service.preference;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.preference.LearningRun;
import travel.confidence.data.lock.JobLocks;
import travel.confidence.data.preference.FeedbackStore;
import travel.confidence.data.preference.SignalStore;

/**
 * The batch that learns from implicit signals (seed: every 24 hours). Every instance checks on a short
 * schedule whether a run is due; the one that takes the lease in the relational store runs it, the others
 * skip. A run learns again for every traveller with signals or feedback accepted since the previous run
 * (looking back a little further, for writes that were in flight when that run started), then records how
 * far it got. A traveller whose learning fails keeps their last weights and is tried again next time.
 */
@Singleton
public class LearningBatch {

    /** The name of the batch's lease in the relational store (its row also says when a run last completed). */
    public static final String JOB = "preference-learning";
    private static final Logger LOG = LoggerFactory.getLogger(LearningBatch.class);

    private final JobLocks locks;
    private final SignalStore signals;
    private final FeedbackStore feedback;
    private final TravellerLearning learning;
    private final PreferenceSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher<LearningRun> finished;

    LearningBatch(JobLocks locks, SignalStore signals, FeedbackStore feedback, TravellerLearning learning,
                  PreferenceSettings settings, Clock clock, ApplicationEventPublisher<LearningRun> finished) {
        this.finished = finished;
        this.locks = locks;
        this.signals = signals;
        this.feedback = feedback;
        this.learning = learning;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${confidence.preferences.learning-check-every:10m}",
            initialDelay = "${confidence.preferences.learning-first-check:2m}")
    void onSchedule() {
        if (!settings.learningScheduled()) {
            return;
        }
        try {
            runIfDue();
        } catch (RuntimeException e) {
            LOG.warn("Preference learning could not run; it will be tried again: {}", e.toString());
        }
    }

    /** Runs if the last run finished longer than {@code learnEvery} ago and no other instance is running. */
    Optional<LearningRun> runIfDue() {
        Optional<JobLocks.Lease> taken = locks.tryAcquire(JOB, settings.lease());
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        try (JobLocks.Lease lease = taken.get()) {
            Optional<Instant> last = lease.lastCompletedAt();
            if (last.isPresent() && last.get().plus(settings.learnEvery()).isAfter(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(run(lease));
        }
    }

    /** Runs now unless another instance is running; empty if it is. */
    public Optional<LearningRun> runNow() {
        Optional<JobLocks.Lease> taken = locks.tryAcquire(JOB, settings.lease());
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        try (JobLocks.Lease lease = taken.get()) {
            return Optional.of(run(lease));
        }
    }

    private LearningRun run(JobLocks.Lease lease) {
        Instant started = clock.instant();
        Instant previous = lease.processedThrough().orElse(Instant.EPOCH);
        Instant since = previous.equals(Instant.EPOCH) ? previous : previous.minus(settings.overlap());
        Set<String> travellers = new LinkedHashSet<>(signals.usersAccepted(since, started));
        travellers.addAll(feedback.usersAccepted(since, started));
        int learned = 0;
        int failed = 0;
        for (String userId : travellers) {
            if (!lease.keepAlive()) {
                LOG.warn("Preference learning lost its lease after {} travellers; another instance carries on", learned);
                return new LearningRun(started.toString(), clock.instant().toString(), previous.toString(), learned, failed);
            }
            try {
                learning.learnThrough(userId, started);
                learned++;
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Could not learn the weights of one traveller; their last weights stay: {}", e.toString());
            }
        }
        // With failures, the marker stays put so that the next run picks those travellers up again.
        Instant through = failed == 0 ? started : previous;
        lease.complete(through);
        LOG.info("Preference learning: {} travellers learned, {} failed, signals through {}", learned, failed, through);
        LearningRun run = new LearningRun(started.toString(), clock.instant().toString(), through.toString(), learned, failed);
        finished.publishEvent(run);
        return run;
    }
}
