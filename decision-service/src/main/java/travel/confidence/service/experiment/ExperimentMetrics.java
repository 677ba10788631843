package travel.confidence.service.experiment;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import travel.confidence.data.experiment.ExperimentOutcomes;
import travel.confidence.data.experiment.StoredExperiment;
import travel.confidence.data.experiment.StoredVariant;
import travel.confidence.data.experiment.UserOutcome;
import travel.confidence.data.experiment.VariantDecision;
import travel.confidence.service.rules.RuleVersionName;

/**
 * Per-variant outcomes of an experiment. Decisions come from the decision log; what users did afterwards
 * (bookmarks, feedback ratings) is joined to them by user, destination and time: an outcome counts for the
 * variant of the latest decision on that destination for that user before it happened. The unit of the
 * bookmark rate is the user (the unit of assignment); ratings and decisions count one by one.
 */
@Singleton
class ExperimentMetrics {

    static final String BOOKMARK = "bookmark";
    private static final double COMPLAINT_AT_MOST = 2;

    private final ExperimentOutcomes outcomes;
    private final Clock clock;

    ExperimentMetrics(ExperimentOutcomes outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
    }

    MetricsView compute(StoredExperiment experiment, List<StoredVariant> variants) {
        Instant since = experiment.startedAt();
        Map<String, StoredVariant> byLabel = new LinkedHashMap<>();
        variants.forEach(v -> byLabel.put(VariantAssignment.label(experiment.id(), v.name()), v));
        List<VariantDecision> decisions = since == null ? List.of() : outcomes.decisions(byLabel.keySet(), since);

        Map<String, List<VariantDecision>> byUserAndPlace = new HashMap<>();
        Set<String> users = new HashSet<>();
        for (VariantDecision d : decisions) {
            byUserAndPlace.computeIfAbsent(key(d.userId(), d.destinationId()), k -> new ArrayList<>()).add(d);
            users.add(d.userId());
        }
        byUserAndPlace.values().forEach(list -> list.sort(Comparator.comparing(VariantDecision::decidedAt)));

        Map<String, Set<String>> bookmarkers = new HashMap<>();
        Map<String, List<Double>> ratings = new HashMap<>();
        if (since != null && !users.isEmpty()) {
            for (UserOutcome signal : outcomes.signals(users, BOOKMARK, since)) {
                String label = attribute(signal, byUserAndPlace);
                if (label != null) {
                    bookmarkers.computeIfAbsent(label, k -> new HashSet<>()).add(signal.userId());
                }
            }
            for (UserOutcome rating : outcomes.ratings(users, since)) {
                String label = attribute(rating, byUserAndPlace);
                if (label != null && rating.overall() != null) {
                    ratings.computeIfAbsent(label, k -> new ArrayList<>()).add(rating.overall());
                }
            }
        }

        List<MetricsView.VariantMetrics> result = new ArrayList<>();
        byLabel.forEach((label, variant) -> {
            List<VariantDecision> own = decisions.stream().filter(d -> d.variant().equals(label)).toList();
            int errors = (int) own.stream().filter(VariantDecision::preliminary).count();
            List<VariantDecision> full = own.stream().filter(d -> !d.preliminary()).toList();
            int low = (int) full.stream().filter(d -> "Low".equals(d.badge())).count();
            Set<String> ownUsers = new HashSet<>();
            own.forEach(d -> ownUsers.add(d.userId()));
            double[] rated = ratings.getOrDefault(label, List.of()).stream().mapToDouble(Double::doubleValue).toArray();
            int complaints = (int) java.util.Arrays.stream(rated).filter(r -> r <= COMPLAINT_AT_MOST).count();
            Intervals.Rate errorRate = Intervals.wilson(errors, own.size());
            Intervals.Rate lowShare = Intervals.wilson(low, full.size());
            Intervals.Rate complaintRate = Intervals.wilson(complaints, rated.length);
            List<String> breaches = variant.control() ? List.of()
                    : breaches(experiment, errorRate, lowShare, complaintRate);
            String guardrail = variant.control() ? "control" : variant.stoppedAt() != null ? "stopped"
                    : breaches.isEmpty() ? "ok" : "breached";
            result.add(new MetricsView.VariantMetrics(label, variant.name(), RuleVersionName.of(variant.versionId()),
                    variant.control(), variant.shareBasisPoints() / (double) StoredVariant.ALL, variant.stoppedAt() != null,
                    variant.stopReason(), own.size(), ownUsers.size(), errorRate, lowShare,
                    Intervals.wilson(bookmarkers.getOrDefault(label, Set.of()).size(), ownUsers.size()),
                    Intervals.normal(rated), complaintRate, guardrail, breaches));
        });
        return new MetricsView(experiment.id(), experiment.status(), clock.instant().toString(),
                since == null ? null : since.toString(), result);
    }

    /**
     * The limits a variant breaks, each as a sentence for the audit log. Decision-based limits apply from
     * {@code minDecisions} decisions on, the complaint rate from {@code minFeedback} ratings on.
     */
    static List<String> breaches(StoredExperiment limits, Intervals.Rate errorRate, Intervals.Rate lowShare,
                                 Intervals.Rate complaintRate) {
        List<String> breaches = new ArrayList<>();
        if (errorRate.n() >= limits.minDecisions() && errorRate.value() != null && errorRate.value() > limits.maxErrorRate()) {
            breaches.add(String.format(Locale.ROOT, "error rate %.3f is above the limit %.3f over %d decisions",
                    errorRate.value(), limits.maxErrorRate(), errorRate.n()));
        }
        if (lowShare.n() >= limits.minDecisions() && lowShare.value() != null && lowShare.value() > limits.maxLowBadgeShare()) {
            breaches.add(String.format(Locale.ROOT, "share of Low badges %.3f is above the limit %.3f over %d decisions",
                    lowShare.value(), limits.maxLowBadgeShare(), lowShare.n()));
        }
        if (complaintRate.n() >= limits.minFeedback() && complaintRate.value() != null
                && complaintRate.value() > limits.maxComplaintRate()) {
            breaches.add(String.format(Locale.ROOT, "complaint rate %.3f is above the limit %.3f over %d ratings",
                    complaintRate.value(), limits.maxComplaintRate(), complaintRate.n()));
        }
        return breaches;
    }

    /** The variant of the latest decision for this user and destination at or before the outcome, or null. */
    private static String attribute(UserOutcome outcome, Map<String, List<VariantDecision>> byUserAndPlace) {
        List<VariantDecision> decisions = byUserAndPlace.get(key(outcome.userId(), outcome.destinationId()));
        if (decisions == null) {
            return null;
        }
        String label = null;
        for (VariantDecision d : decisions) {
            if (d.decidedAt().isAfter(outcome.at())) {
                break;
            }
            label = d.variant();
        }
        return label;
    }

    private static String key(String userId, String destinationId) {
        return userId + "\u0000" + (destinationId == null ? "" : destinationId.toUpperCase(Locale.ROOT));
    }
}
