package travel.confidence.service.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import travel.confidence.rules.engine.Decision;

/**
 * Collects pairs of decisions (live and draft) and sums them up: badge changes by transition, the distribution
 * of score moves, and the biggest movers. Not thread-safe: one per run.
 */
final class Comparison {

    private static final Double[][] BINS = {{null, -20.0}, {-20.0, -10.0}, {-10.0, -5.0}, {-5.0, -2.0}, {-2.0, 0.0},
        {0.0, 0.0}, {0.0, 2.0}, {2.0, 5.0}, {5.0, 10.0}, {10.0, 20.0}, {20.0, null}};

    /** Where a pair of decisions came from, for the movers list. */
    record Subject(String destinationId, String destinationName, String persona, Integer month, String decisionId) {
    }

    private final int moversKept;
    private final List<Double> deltas = new ArrayList<>();
    private final Map<String, Integer> transitions = new LinkedHashMap<>();
    private final PriorityQueue<ImpactReport.Mover> movers =
            new PriorityQueue<>(Comparator.comparingDouble(m -> Math.abs(m.delta())));
    private int badgeChanges;
    private int failed;
    private String firstFailure;

    Comparison(int moversKept) {
        this.moversKept = moversKept;
    }

    void add(Subject subject, Decision live, Decision draft) {
        double delta = Math.round((draft.score() - live.score()) * 10) / 10.0;
        deltas.add(delta);
        if (!live.badge().equals(draft.badge())) {
            badgeChanges++;
            transitions.merge(live.badge() + "\u0000" + draft.badge(), 1, Integer::sum);
        }
        if (moversKept > 0 && delta != 0) {
            movers.add(new ImpactReport.Mover(subject.destinationId(), subject.destinationName(), subject.persona(),
                    subject.month(), subject.decisionId(), live.score(), draft.score(), delta, live.badge(), draft.badge()));
            if (movers.size() > moversKept) {
                movers.poll();
            }
        }
    }

    void failed(String why) {
        failed++;
        if (firstFailure == null) {
            firstFailure = why;
        }
    }

    int compared() {
        return deltas.size();
    }

    int badgeChanges() {
        return badgeChanges;
    }

    double meanDelta() {
        return deltas.isEmpty() ? 0 : round(deltas.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    ImpactReport.Comparison summary() {
        List<ImpactReport.BadgeChange> changes = new ArrayList<>();
        transitions.forEach((key, count) -> {
            String[] fromTo = key.split("\u0000");
            changes.add(new ImpactReport.BadgeChange(fromTo[0], fromTo[1], count));
        });
        changes.sort(Comparator.comparingInt(ImpactReport.BadgeChange::count).reversed());
        List<ImpactReport.Mover> biggest = new ArrayList<>(movers);
        biggest.sort(Comparator.comparingDouble((ImpactReport.Mover m) -> -Math.abs(m.delta()))
                .thenComparing(ImpactReport.Mover::destinationId));
        double share = deltas.isEmpty() ? 0 : Math.round(badgeChanges * 10000.0 / deltas.size()) / 10000.0;
        return new ImpactReport.Comparison(deltas.size(), badgeChanges, share, changes, distribution(), biggest,
                failed, firstFailure);
    }

    private ImpactReport.Distribution distribution() {
        if (deltas.isEmpty()) {
            return new ImpactReport.Distribution(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
        }
        double[] sorted = deltas.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int up = 0;
        int down = 0;
        int unchanged = 0;
        for (double d : sorted) {
            if (d > 0) {
                up++;
            } else if (d < 0) {
                down++;
            } else {
                unchanged++;
            }
        }
        return new ImpactReport.Distribution(meanDelta(), sorted[0], sorted[sorted.length - 1],
                percentile(sorted, 5), percentile(sorted, 25), percentile(sorted, 50), percentile(sorted, 75),
                percentile(sorted, 95), up, down, unchanged, histogram(sorted));
    }

    /** Score moves by bin: open-ended beyond 20 points either way, and the unchanged ones on their own. */
    private static List<ImpactReport.Bin> histogram(double[] sorted) {
        int[] counts = new int[BINS.length];
        for (double d : sorted) {
            counts[bin(d)]++;
        }
        List<ImpactReport.Bin> bins = new ArrayList<>();
        for (int i = 0; i < BINS.length; i++) {
            bins.add(new ImpactReport.Bin(BINS[i][0], BINS[i][1], counts[i]));
        }
        return bins;
    }

    /** Falls are (from, to], rises [from, to), so every bin edge is the boundary nearest zero. */
    private static int bin(double d) {
        if (d == 0) {
            return 5;
        }
        if (d < 0) {
            return d <= -20 ? 0 : d <= -10 ? 1 : d <= -5 ? 2 : d <= -2 ? 3 : 4;
        }
        return d < 2 ? 6 : d < 5 ? 7 : d < 10 ? 8 : d < 20 ? 9 : 10;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
