package travel.confidence.service.impact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.rules.engine.CompiledRuleSet;

/**
 * Runs impact previews in the background, one at a time (each uses a whole core for a few seconds), and keeps
 * each job's progress and report for an hour. Jobs live in the memory of the instance that runs them.
 */
@Singleton
class ImpactJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ImpactJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);

    /** A job as its caller sees it: progress while it runs, then the report (or why it failed). */
    @Serdeable
    record JobView(String jobId, String status, int percent, int done, int total, String draft, String live,
                   String requestedBy, String createdAt, @Nullable String finishedAt, @Nullable ImpactReport report,
                   @Nullable String error) {
    }

    private static final class Job {
        final String id = UUID.randomUUID().toString();
        final String draft;
        final String live;
        final String requestedBy;
        final Instant createdAt;
        final int total;
        final AtomicInteger done = new AtomicInteger();
        volatile String status = "queued";
        volatile Instant finishedAt;
        volatile ImpactReport report;
        volatile String error;

        Job(String draft, String live, String requestedBy, Instant createdAt, int total) {
            this.draft = draft;
            this.live = live;
            this.requestedBy = requestedBy;
            this.createdAt = createdAt;
            this.total = total;
        }

        JobView view() {
            int steps = Math.max(1, total);
            int percent = "done".equals(status) ? 100 : Math.min(99, done.get() * 100 / steps);
            return new JobView(id, status, percent, done.get(), total, draft, live, requestedBy, createdAt.toString(),
                    finishedAt == null ? null : finishedAt.toString(), report, error);
        }
    }

    private final ImpactPreview preview;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "impact-preview");
        t.setDaemon(true);
        return t;
    });

    ImpactJobs(ImpactPreview preview, Clock clock) {
        this.preview = preview;
        this.clock = clock;
    }

    JobView start(String requestedBy, CompiledRuleSet draft, CompiledRuleSet live, ImpactPreview.Plan plan) {
        forgetOldJobs();
        Job job = new Job(draft.version(), live.version(), requestedBy, clock.instant(), plan.steps());
        jobs.put(job.id, job);
        worker.execute(() -> {
            job.status = "running";
            try {
                job.report = preview.run(draft, live, plan, job.done::set);
                job.status = "done";
            } catch (RuntimeException e) {
                LOG.error("Impact preview of {} against {} failed", job.draft, job.live, e);
                job.error = "The preview could not be completed";
                job.status = "failed";
            } finally {
                job.finishedAt = clock.instant();
            }
        });
        return job.view();
    }

    Optional<JobView> find(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::view);
    }

    private void forgetOldJobs() {
        Instant cutoff = clock.instant().minus(KEEP);
        jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(cutoff));
    }

    @PreDestroy
    void close() {
        worker.shutdownNow();
    }
}
