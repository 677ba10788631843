package travel.confidence.rules.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
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
        EnumMap<Factor, Integer> tenths = new EnumMap<>(Factor.class);
        EnumMap<Factor, List<IndicatorPoints>> evidence = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            evidence.put(factor, new ArrayList<>());
        }
        points.forEach(p -> evidence.get(p.factor()).add(p));
        List<Factor> fellBack = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            Double given = givenScores.get(factor);
            List<IndicatorPoints> factorPoints = evidence.get(factor);
            if (given != null) {
                tenths.put(factor, (int) Math.round(given * 10));
            } else if (!factorPoints.isEmpty()) {
                int sum = factorPoints.stream().mapToInt(IndicatorPoints::points).sum();
                tenths.put(factor, roundHalfUp(sum * 10L, factorPoints.size()));
            } else {
                tenths.put(factor, settings.neutralScore() * 10);
                fellBack.add(factor);
            }
        }
        weights = WeightPlan.finalWeights(settings, weightAdjustments, learned);

        EnumMap<Factor, Long> numerators = new EnumMap<>(Factor.class);
        long exact = 0;
        for (Factor factor : Factor.values()) {
            long n = (long) tenths.get(factor) * weights.units(factor);
            numerators.put(factor, n);
            exact += n;
        }
        int baseTenths = roundHalfUp(exact, Weights.TOTAL);
        EnumMap<Factor, Integer> contributions = Apportionment.splitExact(numerators, Weights.TOTAL, baseTenths);

        List<FactorResult> results = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            List<WeightAdjustment> why = weightAdjustments.stream().filter(a -> a.factor() == factor).toList();
            results.add(new FactorResult(factor, tenths.get(factor) / 10.0, weights.fraction(factor),
                    contributions.get(factor) / 10.0, fellBack.contains(factor), givenScores.containsKey(factor),
                    List.copyOf(evidence.get(factor)), why));
        }
        factors = List.copyOf(results);

        List<ScoreAdjustment> chain = new ArrayList<>();
        int current = baseTenths;
        if (!fellBack.isEmpty() && settings.fallbackPenalty() > 0) {
            int next = clamp(current - settings.fallbackPenalty() * 10);
            chain.add(new ScoreAdjustment("dataCompleteness", current / 10.0, next / 10.0,
                    "Some data is missing (" + String.join(", ", fellBack.stream().map(Factor::label).toList())
                            + "), so those factors use a neutral value and the score is lowered by "
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
