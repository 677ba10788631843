package travel.confidence.service.experiment;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import travel.confidence.data.experiment.ExperimentRepository;
import travel.confidence.data.experiment.StoredExperiment;
import travel.confidence.data.experiment.StoredVariant;
import travel.confidence.data.experiment.VariantRepository;
import travel.confidence.data.ruleset.RuleVersionRepository;
import travel.confidence.data.ruleset.StoredRuleVersion;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.audit.AuditTrail;
import travel.confidence.service.error.ConflictException;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.InvalidInputException.FieldError;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.governance.CompiledVersions;
import travel.confidence.service.rules.RuleVersionName;

/**
 * Experiments: create one (draft), change its traffic shares, start it (one runs at a time, so a user's
 * decision never has two experiments to choose from) and stop it. Every change is audited and picked up by
 * every instance's selector within a poll interval.
 */
@Singleton
class Experiments {

    static final String TARGET = "experiment";
    static final double DEFAULT_MAX_ERROR_RATE = 0.05;
    static final double DEFAULT_MAX_LOW_BADGE_SHARE = 0.5;
    static final double DEFAULT_MAX_COMPLAINT_RATE = 0.25;
    static final int DEFAULT_MIN_DECISIONS = 200;
    static final int DEFAULT_MIN_FEEDBACK = 20;
    private static final Pattern VARIANT_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Set<String> SERVABLE = Set.of(StoredRuleVersion.VALIDATED, StoredRuleVersion.PUBLISHED,
            StoredRuleVersion.ARCHIVED);

    private final ExperimentRepository experiments;
    private final VariantRepository variants;
    private final RuleVersionRepository versions;
    private final CompiledVersions compiled;
    private final RunningExperiments running;
    private final TransactionOperations<Connection> transactions;
    private final AuditTrail audit;
    private final Clock clock;

    Experiments(ExperimentRepository experiments, VariantRepository variants, RuleVersionRepository versions,
                CompiledVersions compiled, RunningExperiments running,
                TransactionOperations<Connection> transactions, AuditTrail audit, Clock clock) {
        this.experiments = experiments;
        this.variants = variants;
        this.versions = versions;
        this.compiled = compiled;
        this.running = running;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    List<ExperimentView> list() {
        return experiments.listOrderByIdDesc().stream().map(e -> view(e.id())).toList();
    }

    ExperimentView view(long id) {
        return ExperimentView.of(require(id), variants.findByExperimentIdOrderById(id));
    }

    List<StoredVariant> variantsOf(long id) {
        return variants.findByExperimentIdOrderById(id);
    }

    StoredExperiment require(long id) {
        return experiments.findById(id).orElseThrow(() -> new NotFoundException("EXPERIMENT_NOT_FOUND",
                "No experiment " + id, Map.of("field", "id", "value", id)));
    }

    ExperimentView create(AdminPrincipal who, NewExperiment body) {
        if (body == null) {
            throw InvalidInputException.field("name", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = body.name() == null ? "" : body.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "is required, at most 200 characters"));
        }
        if (body.description() != null && body.description().length() > 2000) {
            errors.add(new FieldError("description", "must be at most 2000 characters"));
        }
        List<NewExperiment.Variant> given = body.variants() == null ? List.of() : body.variants();
        if (given.size() < 2) {
            errors.add(new FieldError("variants", "must list at least two variants (a control and a treatment)"));
        }
        Map<String, Integer> shares = new LinkedHashMap<>();
        int controls = 0;
        for (int i = 0; i < given.size(); i++) {
            NewExperiment.Variant v = given.get(i);
            String field = "variants[" + i + "]";
            if (v == null) {
                errors.add(new FieldError(field, "must be a variant"));
                continue;
            }
            if (v.name() == null || !VARIANT_NAME.matcher(v.name()).matches()) {
                errors.add(new FieldError(field + ".name", "must be 1-32 lower-case letters, digits or '-'"));
            } else if (shares.containsKey(v.name())) {
                errors.add(new FieldError(field + ".name", "is used twice"));
            } else {
                shares.put(v.name(), basisPoints(v.share(), field + ".share", errors));
            }
            if (v.versionId() == null) {
                errors.add(new FieldError(field + ".versionId", "is required"));
            }
            controls += Boolean.TRUE.equals(v.control()) ? 1 : 0;
        }
        if (controls > 1) {
            errors.add(new FieldError("variants", "may have only one control"));
        }
        requireWholeShares(shares, errors, "variants");
        NewExperiment.Guardrails g = body.guardrails() == null
                ? new NewExperiment.Guardrails(null, null, null, null, null) : body.guardrails();
        double maxError = fraction(g.maxErrorRate(), DEFAULT_MAX_ERROR_RATE, "guardrails.maxErrorRate", errors);
        double maxLow = fraction(g.maxLowBadgeShare(), DEFAULT_MAX_LOW_BADGE_SHARE, "guardrails.maxLowBadgeShare", errors);
        double maxComplaints = fraction(g.maxComplaintRate(), DEFAULT_MAX_COMPLAINT_RATE, "guardrails.maxComplaintRate", errors);
        int minDecisions = count(g.minDecisions(), DEFAULT_MIN_DECISIONS, "guardrails.minDecisions", errors);
        int minFeedback = count(g.minFeedback(), DEFAULT_MIN_FEEDBACK, "guardrails.minFeedback", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        for (int i = 0; i < given.size(); i++) {
            requireServable(given.get(i).versionId(), "variants[" + i + "].versionId");
        }
        int controlIndex = 0;
        for (int i = 0; i < given.size(); i++) {
            if (Boolean.TRUE.equals(given.get(i).control())) {
                controlIndex = i;
            }
        }
        int control = controlIndex;
        long id = transactions.executeWrite(status -> {
            Instant now = clock.instant();
            StoredExperiment saved = experiments.save(new StoredExperiment(null, name, body.description(),
                    StoredExperiment.DRAFT, who.user(), now, now, null, null, maxError, maxLow, maxComplaints,
                    minDecisions, minFeedback));
            for (int i = 0; i < given.size(); i++) {
                NewExperiment.Variant v = given.get(i);
                variants.save(new StoredVariant(null, saved.id(), v.name(), v.versionId(), shares.get(v.name()),
                        i == control, null, null));
            }
            audit.record(who, "experiment.create", TARGET, String.valueOf(saved.id()), "Created experiment '" + name + "'",
                    null, ExperimentView.of(saved, variants.findByExperimentIdOrderById(saved.id())));
            return saved.id();
        });
        return view(id);
    }

    ExperimentView setShares(AdminPrincipal who, long id, SharesBody body) {
        if (body == null || body.shares() == null) {
            throw InvalidInputException.field("shares", "is required: a share for every variant, adding up to 1");
        }
        transactions.executeWrite(status -> {
            StoredExperiment experiment = require(id);
            if (StoredExperiment.STOPPED.equals(experiment.status())) {
                throw new ConflictException("EXPERIMENT_STOPPED", "Experiment " + id + " is stopped", Map.of("field", "id"));
            }
            List<StoredVariant> arms = variants.findByExperimentIdOrderById(id);
            List<FieldError> errors = new ArrayList<>();
            Map<String, Integer> shares = new LinkedHashMap<>();
            Set<String> known = new HashSet<>();
            arms.forEach(a -> known.add(a.name()));
            body.shares().forEach((name, share) -> {
                if (!known.contains(name)) {
                    errors.add(new FieldError("shares." + name, "is not a variant of this experiment"));
                } else {
                    shares.put(name, basisPoints(share, "shares." + name, errors));
                }
            });
            known.stream().filter(n -> !body.shares().containsKey(n))
                    .forEach(n -> errors.add(new FieldError("shares." + n, "is required")));
            requireWholeShares(shares, errors, "shares");
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            ExperimentView before = ExperimentView.of(experiment, arms);
            arms.forEach(a -> variants.update(a.withShare(shares.get(a.name()))));
            StoredExperiment touched = experiments.update(experiment.touched(clock.instant()));
            audit.record(who, "experiment.shares", TARGET, String.valueOf(id), "Changed the traffic shares of experiment " + id,
                    before, ExperimentView.of(touched, variants.findByExperimentIdOrderById(id)));
            return null;
        });
        running.refresh();
        return view(id);
    }

    ExperimentView start(AdminPrincipal who, long id) {
        StoredExperiment experiment = require(id);
        if (!StoredExperiment.DRAFT.equals(experiment.status())) {
            throw new ConflictException("EXPERIMENT_NOT_STARTABLE", "Experiment " + id + " is " + experiment.status()
                    + "; only a draft experiment can start", Map.of("field", "id", "status", experiment.status()));
        }
        List<StoredVariant> arms = variants.findByExperimentIdOrderById(id);
        arms.forEach(a -> compiled.version(a.versionId()));
        transactions.executeWrite(status -> {
            List<StoredExperiment> others = experiments.findByStatus(StoredExperiment.RUNNING);
            if (!others.isEmpty()) {
                throw new ConflictException("EXPERIMENT_ALREADY_RUNNING", "Experiment " + others.get(0).id()
                        + " is running; stop it before starting another", Map.of("running", others.get(0).id()));
            }
            StoredExperiment fresh = require(id);
            StoredExperiment started = experiments.update(fresh.started(clock.instant()));
            audit.record(who, "experiment.start", TARGET, String.valueOf(id), "Started experiment '" + fresh.name() + "'",
                    Map.of("status", fresh.status()), Map.of("status", started.status(), "startedAt", started.startedAt().toString()));
            return null;
        });
        running.refresh();
        return view(id);
    }

    ExperimentView stop(AdminPrincipal who, long id) {
        transactions.executeWrite(status -> {
            StoredExperiment experiment = require(id);
            if (!StoredExperiment.RUNNING.equals(experiment.status())) {
                throw new ConflictException("EXPERIMENT_NOT_RUNNING", "Experiment " + id + " is " + experiment.status(),
                        Map.of("field", "id", "status", experiment.status()));
            }
            StoredExperiment stopped = experiments.update(experiment.stopped(clock.instant()));
            audit.record(who, "experiment.stop", TARGET, String.valueOf(id), "Stopped experiment '" + experiment.name() + "'",
                    Map.of("status", experiment.status()), Map.of("status", stopped.status()));
            return null;
        });
        running.refresh();
        return view(id);
    }

    private void requireServable(Long versionId, String field) {
        StoredRuleVersion version = versions.findById(versionId).orElseThrow(() -> new NotFoundException(
                "RULE_VERSION_NOT_FOUND", "No rule set version " + RuleVersionName.of(versionId),
                Map.of("field", field, "value", versionId)));
        if (!SERVABLE.contains(version.status())) {
            throw new ConflictException("VERSION_NOT_SERVABLE", RuleVersionName.of(versionId) + " is "
                    + version.status() + "; a variant needs a version that passed validation", Map.of("field", field));
        }
    }

    private static int basisPoints(Double share, String field, List<FieldError> errors) {
        if (share == null || !(share >= 0 && share <= 1)) {
            errors.add(new FieldError(field, "must be a fraction from 0 to 1"));
            return 0;
        }
        if (BigDecimal.valueOf(share).stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError(field, "may have at most 4 decimals (shares are counted in 1/10000)"));
            return 0;
        }
        return (int) Math.round(share * StoredVariant.ALL);
    }

    private static void requireWholeShares(Map<String, Integer> shares, List<FieldError> errors, String field) {
        int sum = shares.values().stream().mapToInt(Integer::intValue).sum();
        if (errors.isEmpty() && sum != StoredVariant.ALL) {
            errors.add(new FieldError(field, "shares must add up to 1; they add up to "
                    + BigDecimal.valueOf(sum, 4).stripTrailingZeros().toPlainString()));
        }
    }

    private static double fraction(Double value, double fallback, String field, List<FieldError> errors) {
        if (value == null) {
            return fallback;
        }
        if (!(value >= 0 && value <= 1)) {
            errors.add(new FieldError(field, "must be a fraction from 0 to 1"));
        }
        return value;
    }

    private static int count(Integer value, int fallback, String field, List<FieldError> errors) {
        if (value == null) {
            return fallback;
        }
        if (value < 0) {
            errors.add(new FieldError(field, "must be 0 or more"));
        }
        return value;
    }
}
