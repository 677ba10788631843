package travel.confidence.service.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.data.lock.JobLockRow;
import travel.confidence.data.lock.JobLocks;
import travel.confidence.data.preference.QuarantineQuery;
import travel.confidence.data.preference.QuarantineStore;
import travel.confidence.data.preference.QuarantinedRecord;
import travel.confidence.service.preference.LearningBatch;
import travel.confidence.service.rules.LiveRules;

/**
 * Readings that change slowly and cost a query, taken on a schedule instead of on every scrape (so a scrape
 * never waits on a store): the rule version this instance decides with, the records waiting in the quarantine,
 * and when the learning batch last completed on any instance (the lease row in the relational store says so).
 * A reading that fails shows as NaN until the store answers again.
 */
@Context
@Requires(beans = MeterRegistry.class)
class PeriodicReadings {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicReadings.class);
    private static final QuarantineQuery PENDING =
            new QuarantineQuery(null, null, null, QuarantinedRecord.Status.PENDING, null, null, 0, 1);

    private final LiveRules liveRules;
    private final QuarantineStore quarantine;
    private final JobLocks jobs;
    private final MultiGauge ruleVersion;
    private final AtomicReference<String> liveVersion = new AtomicReference<>();
    private volatile double publishedAt = Double.NaN;
    private volatile double pending = Double.NaN;
    private volatile double learnedAt = Double.NaN;
    private volatile boolean stopped;

    PeriodicReadings(MeterRegistry registry, LiveRules liveRules, QuarantineStore quarantine, JobLocks jobs) {
        this.liveRules = liveRules;
        this.quarantine = quarantine;
        this.jobs = jobs;
        this.ruleVersion = MultiGauge.builder("confidence.rules.live")
                .description("1 for the rule set version this instance decides with (label version)")
                .register(registry);
        Gauge.builder("confidence.rules.live.published.timestamp", this, r -> r.publishedAt).baseUnit("seconds")
                .description("When the live rule set version was published (0 for the bundled fallback)")
                .register(registry);
        Gauge.builder("confidence.quarantine.pending", this, r -> r.pending)
                .description("Quarantined signals and feedback waiting for review").register(registry);
        Gauge.builder("confidence.learning.last.success.timestamp", this, r -> r.learnedAt).baseUnit("seconds")
                .description("When the preference learning batch last completed, on any instance (0: never)")
                .register(registry);
    }

    @Scheduled(fixedDelay = "${" + ObservabilitySettings.PREFIX + ".refresh-interval:15s}", initialDelay = "1s")
    void refresh() {
        if (stopped) {
            return;
        }
        readRuleVersion();
        pending = read("quarantine size", () -> (double) quarantine.search(PENDING).total());
        learnedAt = read("learning batch status", () -> jobs.status(LearningBatch.JOB)
                .map(JobLockRow::lastCompletedAt).filter(Objects::nonNull).map(PeriodicReadings::seconds).orElse(0.0));
    }

    /**
     * The scheduler may fire once more while the context shuts down, after the stores it reads are closing
     * (the embedded document store then complains about its file); this bean is destroyed before the stores
     * it depends on, so from here on it reads nothing.
     */
    @PreDestroy
    void stop() {
        stopped = true;
    }

    private void readRuleVersion() {
        try {
            String version = liveRules.current().version();
            publishedAt = seconds(liveRules.publishedAt());
            if (!version.equals(liveVersion.getAndSet(version))) {
                ruleVersion.register(List.of(MultiGauge.Row.of(Tags.of("version", version), 1)), true);
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not read the live rule version: {}", e.toString());
        }
    }

    private static double read(String what, java.util.function.Supplier<Double> reading) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            LOG.debug("Could not read the {} for the meters: {}", what, e.toString());
            return Double.NaN;
        }
    }

    private static double seconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }
}
