package travel.confidence.service.experiment;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.data.experiment.ExperimentRepository;
import travel.confidence.data.experiment.StoredExperiment;
import travel.confidence.data.experiment.StoredVariant;
import travel.confidence.data.experiment.VariantRepository;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.audit.AuditTrail;

/**
 * Stops a variant of the running experiment that breaks a guardrail (error rate, share of Low badges,
 * complaint rate); its traffic goes to the control from the next poll on. Every instance checks; the
 * conditional stop in the store lets only one of them record it.
 */
@Singleton
class Guardrails {

    private static final Logger LOG = LoggerFactory.getLogger(Guardrails.class);
    static final AdminPrincipal GUARDRAIL = AdminPrincipal.system("guardrail");

    private final ExperimentRepository experiments;
    private final VariantRepository variants;
    private final ExperimentMetrics metrics;
    private final RunningExperiments running;
    private final AuditTrail audit;
    private final Clock clock;

    Guardrails(ExperimentRepository experiments, VariantRepository variants, ExperimentMetrics metrics,
               RunningExperiments running, AuditTrail audit, Clock clock) {
        this.experiments = experiments;
        this.variants = variants;
        this.metrics = metrics;
        this.running = running;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${" + ExperimentSettings.PREFIX + ".guardrail-interval:30s}",
            initialDelay = "${" + ExperimentSettings.PREFIX + ".guardrail-interval:30s}")
    void checkRunning() {
        try {
            experiments.findByStatus(StoredExperiment.RUNNING).forEach(e -> check(e.id()));
        } catch (RuntimeException e) {
            LOG.warn("Guardrail check failed; will try again: {}", e.toString());
        }
    }

    /** Checks one experiment now; returns the variants this check stopped. */
    List<String> check(long experimentId) {
        StoredExperiment experiment = experiments.findById(experimentId).orElseThrow();
        if (!StoredExperiment.RUNNING.equals(experiment.status())) {
            return List.of();
        }
        List<StoredVariant> arms = variants.findByExperimentIdOrderById(experimentId);
        MetricsView view = metrics.compute(experiment, arms);
        List<String> stopped = new ArrayList<>();
        for (MetricsView.VariantMetrics m : view.variants()) {
            if (!"breached".equals(m.guardrail())) {
                continue;
            }
            StoredVariant arm = arms.stream().filter(a -> a.name().equals(m.name())).findFirst().orElseThrow();
            String reason = String.join("; ", m.breaches());
            Instant now = clock.instant();
            if (variants.stopIfRunning(arm.id(), now, reason.length() > 500 ? reason.substring(0, 497) + "..." : reason) == 1) {
                experiments.update(experiments.findById(experimentId).orElseThrow().touched(now));
                audit.record(GUARDRAIL, "experiment.variant.stop", Experiments.TARGET, String.valueOf(experimentId),
                        "Stopped variant '" + m.name() + "': " + reason, Map.of("variant", m.name(), "stopped", false),
                        Map.of("variant", m.name(), "stopped", true, "reason", reason));
                LOG.warn("Experiment {}: stopped variant {} ({}); its users get the control", experimentId, m.name(), reason);
                stopped.add(m.name());
            }
        }
        if (!stopped.isEmpty()) {
            running.refresh();
        }
        return stopped;
    }
}
