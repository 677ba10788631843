package travel.confidence.service.experiment;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.data.experiment.ExperimentRepository;
import travel.confidence.data.experiment.StoredExperiment;
import travel.confidence.data.experiment.StoredVariant;
import travel.confidence.data.experiment.VariantRepository;
import travel.confidence.service.governance.CompiledVersions;
import travel.confidence.service.governance.GovernanceSettings;

/**
 * The running experiment, read from the relational store every poll interval (and right after a change made
 * here) and kept as a compiled snapshot, so the request path never waits on the store or a compiler, and
 * every instance follows a start, a share change or a stop within seconds.
 */
@Singleton
class RunningExperiments {

    private static final Logger LOG = LoggerFactory.getLogger(RunningExperiments.class);

    private final ExperimentRepository experiments;
    private final VariantRepository variants;
    private final CompiledVersions compiled;
    private final AtomicReference<RunningExperiment> running = new AtomicReference<>();
    private volatile String failedFingerprint;

    RunningExperiments(ExperimentRepository experiments, VariantRepository variants, CompiledVersions compiled) {
        this.experiments = experiments;
        this.variants = variants;
        this.compiled = compiled;
    }

    Optional<RunningExperiment> running() {
        return Optional.ofNullable(running.get());
    }

    @EventListener
    void onStartup(StartupEvent event) {
        refresh();
    }

    @Scheduled(fixedDelay = "${" + GovernanceSettings.PREFIX + ".poll-interval:1s}", initialDelay = "1s")
    synchronized void refresh() {
        try {
            Optional<StoredExperiment> current = experiments.findByStatus(StoredExperiment.RUNNING).stream()
                    .max(Comparator.comparing(StoredExperiment::startedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
            if (current.isEmpty()) {
                if (running.getAndSet(null) != null) {
                    LOG.info("No experiment runs any more; everyone decides with the live version");
                }
                return;
            }
            List<StoredVariant> arms = variants.findByExperimentIdOrderById(current.get().id());
            String fingerprint = fingerprint(current.get(), arms);
            RunningExperiment now = running.get();
            if (now != null && now.fingerprint().equals(fingerprint) || fingerprint.equals(failedFingerprint)) {
                return;
            }
            List<RunningExperiment.Arm> built = new ArrayList<>();
            try {
                for (StoredVariant arm : arms) {
                    built.add(new RunningExperiment.Arm(arm.name(), arm.versionId(), arm.shareBasisPoints(), arm.control(),
                            arm.stoppedAt() != null, compiled.version(arm.versionId())));
                }
            } catch (RuntimeException e) {
                // A version that does not compile (it was validated, so only after a corrupted edit) must not
                // take down decisions: the previous selection stays, and this state is not retried every poll.
                failedFingerprint = fingerprint;
                LOG.error("Experiment {} cannot run: a variant's rules do not compile", current.get().id(), e);
                return;
            }
            running.set(new RunningExperiment(current.get().id(), fingerprint, List.copyOf(built)));
            LOG.info("Experiment {} runs with arms {}", current.get().id(), arms.stream()
                    .map(a -> a.name() + "=" + a.shareBasisPoints() + (a.stoppedAt() == null ? "" : " (stopped)"))
                    .collect(Collectors.joining(", ")));
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the running experiment; keeping the current selection: {}", e.toString());
        }
    }

    private static String fingerprint(StoredExperiment experiment, List<StoredVariant> arms) {
        return experiment.id() + "@" + experiment.updatedAt() + arms.stream()
                .map(a -> "|" + a.id() + ":" + a.versionId() + ":" + a.shareBasisPoints() + ":" + a.control() + ":" + a.stoppedAt())
                .collect(Collectors.joining());
    }
}
