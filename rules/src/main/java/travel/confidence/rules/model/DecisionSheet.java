package travel.confidence.rules.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working sheet of one decision. It goes into the rule session as a fact; rules write on it (points,
 * weight adjustments, context changes, the badge) and the total rule closes it. Afterwards it holds
 * everything the response and the audit trail need. One sheet serves one decision on one thread.
 */
public final class DecisionSheet {

    private static final Factor[] FACTORS = Factor.values();

    private final RuleSettings settings;
    private final Traveller traveller;
    private final Trip trip;
    private final LearnedWeights learned;
    private final Map<Factor, Double> givenScores;
    private final List<IndicatorPoints> points = new ArrayList<>();
    private final List<WeightAdjustment> weightAdjustments = new ArrayList<>();
    private final List<ContextChange> contextChanges = new ArrayList<>();
    private final Set<String> firedRules = new LinkedHashSet<>();
    private List<FactorResult> factors = List.of();
    private List<ScoreAdjustment> adjustments = List.of();
    private Weights weights;
    private double baseScore;
    private double score;
    private double exactScore;
    private boolean closed;
    private String badge;
    private String badgeReason = "";

    /**
     * @param traveller   who the decision is for; rules read it through the sheet, so many decisions can share
     *                    one session without their facts meeting
     * @param trip        the travel window, or null for a preview without dates
     * @param givenScores factor scores given directly (the preview endpoint); those factors skip their tables
     * @param learned     the traveller's learned weights, or null
     */
    public DecisionSheet(RuleSettings settings, Traveller traveller, Trip trip, Map<Factor, Double> givenScores,
                         LearnedWeights learned) {
        this.settings = settings;
        this.traveller = traveller;
        this.trip = trip;
        this.givenScores = givenScores == null ? Map.of() : Map.copyOf(givenScores);
        this.learned = learned;
    }

    public Traveller getTraveller() {
        return traveller;
    }

    /** The travel window, or null for a preview without dates. */
    public Trip getTrip() {
        return trip;
    }

    /** Wraps a measurement as a fact of this decision. */
    public Measure measure(Measurement measurement) {
        return new Measure(measurement, this);
    }

    /** Wraps a piece of live context as a fact of this decision, for the context table. */
    public ContextFact context(ContextSignal signal) {
        return new ContextFact(signal, this);
    }

    void record(IndicatorPoints awarded) {
        requireOpen();
        points.add(awarded);
        firedRules.add(awarded.rule());
    }

    /** Called by a persona rule: scale a factor's weight by {@code percent} %. */
    public void weigh(String factorKey, int percent, String reason, String rule) {
        requireOpen();
        Factor factor = Factor.byKey(factorKey).orElseThrow(
                () -> new IllegalArgumentException("rule '" + rule + "' names unknown factor '" + factorKey + "'"));
        weightAdjustments.add(new WeightAdjustment(factor, percent, reason, rule));
        firedRules.add(rule);
    }

    /** Called by a context rule: move the score by {@code points} (one decimal; negative lowers it). */
    public void adjust(String factor, double points, String reason, String rule) {
        requireOpen();
        contextChanges.add(new ContextChange(factor, (int) Math.round(points * 10), reason, rule));
        firedRules.add(rule);
    }

    /** Called by the total rule once every factor, weight and context rule has fired. */
    public Score total(String rule) {
        requireOpen();
        firedRules.add(rule);
        // Plain arrays by factor ordinal: this runs once per decision, up to hundreds of times per ranking.
        int n = FACTORS.length;
        int[] sum = new int[n];
        int[] count = new int[n];
        List<List<IndicatorPoints>> evidence = new ArrayList<>(n);
        List<List<WeightAdjustment>> weightReasons = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            evidence.add(new ArrayList<>(3));
            weightReasons.add(new ArrayList<>(2));
        }
        for (IndicatorPoints p : points) {
            int i = p.factor().ordinal();
            sum[i] += p.points();
            count[i]++;
            evidence.get(i).add(p);
        }
        for (WeightAdjustment adjustment : weightAdjustments) {
            weightReasons.get(adjustment.factor().ordinal()).add(adjustment);
        }
        int[] tenths = new int[n];
        boolean[] fellBack = new boolean[n];
        List<Factor> missing = new ArrayList<>(0);
        for (Factor factor : FACTORS) {
            int i = factor.ordinal();
            Double given = givenScores.isEmpty() ? null : givenScores.get(factor);
            if (given != null) {
                tenths[i] = (int) Math.round(given * 10);
            } else if (count[i] > 0) {
                tenths[i] = roundHalfUp(sum[i] * 10L, count[i]);
            } else {
                tenths[i] = settings.neutralScore() * 10;
                fellBack[i] = true;
                missing.add(factor);
            }
        }
        weights = WeightPlan.finalWeights(settings, weightAdjustments, learned);

        long[] numerators = new long[n];
        long exact = 0;
        for (Factor factor : FACTORS) {
            int i = factor.ordinal();
            numerators[i] = (long) tenths[i] * weights.units(factor);
            exact += numerators[i];
        }
        int baseTenths = roundHalfUp(exact, Weights.TOTAL);
        int[] contributions = Apportionment.splitExact(numerators, Weights.TOTAL, baseTenths);

        List<FactorResult> results = new ArrayList<>(n);
        for (Factor factor : FACTORS) {
            int i = factor.ordinal();
            results.add(new FactorResult(factor, tenths[i] / 10.0, weights.fraction(factor), contributions[i] / 10.0,
                    fellBack[i], givenScores.containsKey(factor), List.copyOf(evidence.get(i)),
                    List.copyOf(weightReasons.get(i))));
        }
        factors = List.copyOf(results);

        List<ScoreAdjustment> chain = new ArrayList<>(contextChanges.size() + 1);
        int current = baseTenths;
        if (!missing.isEmpty() && settings.fallbackPenalty() > 0) {
            int next = clamp(current - settings.fallbackPenalty() * 10);
            StringBuilder labels = new StringBuilder();
            for (Factor factor : missing) {
                labels.append(labels.length() == 0 ? "" : ", ").append(factor.label());
            }
            chain.add(new ScoreAdjustment("dataCompleteness", current / 10.0, next / 10.0,
                    "Some data is missing (" + labels + "), so those factors use a neutral value and the score is lowered by "
                            + settings.fallbackPenalty() + " points", "Penalise scores built on fallback data"));
            current = next;
        }
        for (ContextChange change : contextChanges) {
            int next = clamp(current + change.pointsTenths());
            chain.add(new ScoreAdjustment(change.factor(), current / 10.0, next / 10.0, change.reason(), change.rule()));
            current = next;
        }
        adjustments = List.copyOf(chain);
        baseScore = baseTenths / 10.0;
        score = current / 10.0;
        // The unrounded weighted sum moved by the same adjustments: finer than the
        // one-decimal score, for ranking and match percentages.
        exactScore = Math.max(0, Math.min(100, exact / (Weights.TOTAL * 10.0) + (current - baseTenths) / 10.0));
        closed = true;
        return new Score(score, this);
    }

    void assignBadge(String badge, String rule) {
        if (this.badge != null) {
            throw new IllegalStateException("score " + score + " matched two badge rows: '" + firedBadgeRule()
                    + "' and '" + rule + "'");
        }
        this.badge = badge;
        firedRules.add(rule);
    }

    void explainBadge(String reason) {
        this.badgeReason = reason == null ? "" : reason.strip();
    }

    private String firedBadgeRule() {
        List<String> fired = new ArrayList<>(firedRules);
        return fired.get(fired.size() - 1);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the decision is already totalled; a rule fired after the total rule");
        }
    }

    private static int roundHalfUp(long numerator, long denominator) {
        return (int) Math.floorDiv(2 * numerator + denominator, 2 * denominator);
    }

    private static int clamp(int tenths) {
        return Math.max(0, Math.min(1000, tenths));
    }

    public boolean isClosed() {
        return closed;
    }

    public List<FactorResult> factors() {
        return factors;
    }

    public Weights weights() {
        return weights;
    }

    public List<ScoreAdjustment> adjustments() {
        return adjustments;
    }

    public double baseScore() {
        return baseScore;
    }

    public double score() {
        return score;
    }

    /** The score before rounding to one decimal (same adjustments); {@link #score()} is this rounded half up. */
    public double exactScore() {
        return exactScore;
    }

    public String badge() {
        return badge;
    }

    public String badgeReason() {
        return badgeReason;
    }

    public List<String> firedRules() {
        return List.copyOf(firedRules);
    }

    public List<IndicatorPoints> points() {
        return Collections.unmodifiableList(points);
    }

    public List<WeightAdjustment> weightAdjustments() {
        return Collections.unmodifiableList(weightAdjustments);
    }
}
