package travel.confidence.benchmarks;

import java.util.ArrayList;
import java.util.List;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.Measurement;
import travel.confidence.rules.model.RuleSettings;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.model.WeightAdjustment;
import travel.confidence.rules.model.WeightPlan;
import travel.confidence.rules.model.Weights;

/**
 * The bundled rule set's arithmetic written out by hand in plain Java: the table bands as if-chains, the
 * persona rules as ifs, the same weight plan, total and badge bands. It is the limit the engine is measured
 * against, not product code: {@code HandCodedDecisionTest} checks it scores every destination exactly as the
 * engine does, so the comparison is fair.
 */
public final class HandCodedDecision {

    private final RuleSettings settings;

    public HandCodedDecision(RuleSettings settings) {
        this.settings = settings;
    }

    /** The score (one decimal) and badge of one decision. */
    public record Result(double score, String badge) {
    }

    public Result decide(DecisionInput input) {
        Traveller t = input.traveller();
        int[] sum = new int[Factor.values().length];
        int[] count = new int[Factor.values().length];
        for (Measurement m : input.measurements()) {
            int points = points(m, t);
            if (points >= 0) {
                int f = m.indicator().factor().ordinal();
                sum[f] += points;
                count[f]++;
            }
        }
        Weights weights = WeightPlan.finalWeights(settings, personaAdjustments(t), input.learned());
        long exact = 0;
        boolean fellBack = false;
        for (Factor factor : Factor.values()) {
            int i = factor.ordinal();
            int tenths;
            if (count[i] > 0) {
                tenths = (int) Math.floorDiv(2L * sum[i] * 10 + count[i], 2L * count[i]);
            } else {
                tenths = settings.neutralScore() * 10;
                fellBack = true;
            }
            exact += (long) tenths * weights.units(factor);
        }
        int base = (int) Math.floorDiv(2 * exact + Weights.TOTAL, 2L * Weights.TOTAL);
        int score = fellBack ? Math.max(0, base - settings.fallbackPenalty() * 10) : base;
        double value = score / 10.0;
        return new Result(value, value <= 40 ? "Low" : value <= 65 ? "Moderate" : value <= 85 ? "High" : "Excellent");
    }

    private static List<WeightAdjustment> personaAdjustments(Traveller t) {
        List<WeightAdjustment> a = new ArrayList<>();
        switch (t.getExperienceLevel()) {
            case "novice" -> {
                a.add(adjust(Factor.SAFETY_INDEX, 150));
                a.add(adjust(Factor.HEALTH_EMERGENCY, 125));
                a.add(adjust(Factor.LANGUAGE_COMPATIBILITY, 125));
            }
            case "intermediate" -> {
                a.add(adjust(Factor.LANGUAGE_COMPATIBILITY, 110));
                a.add(adjust(Factor.TRANSPORT_ACCESSIBILITY, 110));
            }
            case "experienced" -> {
                a.add(adjust(Factor.SAFETY_INDEX, 85));
                a.add(adjust(Factor.LANGUAGE_COMPATIBILITY, 75));
                a.add(adjust(Factor.PREFERENCE_ALIGNMENT, 130));
            }
            default -> { }
        }
        switch (t.getTravelStyle()) {
            case "family" -> {
                a.add(adjust(Factor.SAFETY_INDEX, 130));
                a.add(adjust(Factor.HEALTH_EMERGENCY, 140));
                a.add(adjust(Factor.CROWD_DENSITY, 120));
            }
            case "solo" -> {
                a.add(adjust(Factor.SAFETY_INDEX, 120));
                a.add(adjust(Factor.LANGUAGE_COMPATIBILITY, 120));
            }
            case "couple" -> a.add(adjust(Factor.WEATHER_STABILITY, 130));
            case "group" -> {
                a.add(adjust(Factor.BUDGET_MATCH, 130));
                a.add(adjust(Factor.TRANSPORT_ACCESSIBILITY, 120));
            }
            default -> { }
        }
        if (t.isPrioritySafety()) {
            a.add(adjust(Factor.SAFETY_INDEX, 160));
        }
        switch (t.getMobilityRequirements()) {
            case "moderate" -> {
                a.add(adjust(Factor.TRANSPORT_ACCESSIBILITY, 130));
                a.add(adjust(Factor.HEALTH_EMERGENCY, 110));
            }
            case "high" -> {
                a.add(adjust(Factor.TRANSPORT_ACCESSIBILITY, 170));
                a.add(adjust(Factor.HEALTH_EMERGENCY, 130));
            }
            default -> { }
        }
        if (t.getBudgetTier().equals("budget")) {
            a.add(adjust(Factor.BUDGET_MATCH, 250));
        } else if (t.getBudgetTier().equals("luxury")) {
            a.add(adjust(Factor.BUDGET_MATCH, 50));
        }
        if (!t.getLanguages().contains("en")) {
            a.add(adjust(Factor.LANGUAGE_COMPATIBILITY, 180));
        }
        if (!t.getPreferredClimate().equals("any")) {
            a.add(adjust(Factor.WEATHER_STABILITY, 150));
        }
        return a;
    }

    private static WeightAdjustment adjust(Factor factor, int percent) {
        return new WeightAdjustment(factor, percent, "", "");
    }

    /** The table bands; -1 where no row matches. */
    static int points(Measurement m, Traveller t) {
        double v = m.value();
        return switch (m.indicator()) {
            case ADVISORY_MAX_LEVEL -> band(v, new double[] {1, 1.5, 2.5, 3.5, 5}, new int[] {100, 75, 35, 5});
            case ADVISORY_MEAN_LEVEL -> band(v, new double[] {1, 1.34, 1.67, 2.01, 2.67, 3.34, 5}, new int[] {100, 85, 70, 45, 20, 5});
            case TRAVEL_MEAN_TEMP_C -> switch (t.getPreferredClimate()) {
                case "tropical" -> band(v, new double[] {-80, 14, 20, 24, 60}, new int[] {15, 40, 70, 100});
                case "temperate" -> band(v, new double[] {-80, 5, 10, 24, 29, 60}, new int[] {30, 65, 100, 65, 30});
                case "cold" -> band(v, new double[] {-80, 10, 16, 60}, new int[] {100, 60, 25});
                default -> band(v, new double[] {-80, 0, 8, 14, 28, 60}, new int[] {40, 60, 75, 90, 60});
            };
            case TRAVEL_PRECIP_MM -> band(v, new double[] {0, 50, 100, 200, 350, 5000}, new int[] {100, 85, 65, 40, 20});
            case TRAVEL_TEMP_SD_C -> band(v, new double[] {0, 0.75, 1.5, 2.5, 50}, new int[] {100, 85, 65, 45});
            case LPI_INFRASTRUCTURE -> band(v, new double[] {0, 2, 2.5, 3, 3.5, 4, 6}, new int[] {20, 35, 50, 70, 85, 100});
            case INTERNATIONAL_INBOUND_ROUTES -> band(v, new double[] {0, 5, 15, 40, 120, 400, 100000}, new int[] {15, 30, 45, 65, 85, 100});
            case TRAVELLER_LANGUAGE_SPEAKERS_PCT -> band(v, new double[] {0, 10, 25, 50, 80, 101}, new int[] {25, 45, 65, 85, 100});
            case OFFICIAL_LANGUAGE_MATCH -> band(v, new double[] {0, 1, 2}, new int[] {35, 100});
            case PHYSICIANS_PER_1000 -> band(v, new double[] {0, 0.3, 0.8, 1.5, 2.5, 3.5, 1000}, new int[] {10, 30, 50, 70, 85, 100});
            case HOSPITAL_BEDS_PER_1000 -> band(v, new double[] {0, 0.5, 1, 2, 3, 5, 1000}, new int[] {15, 30, 50, 70, 85, 100});
            case LIFE_EXPECTANCY_YEARS -> band(v, new double[] {0, 65, 70, 74, 78, 82, 150}, new int[] {20, 40, 60, 75, 90, 100});
            case PRICE_LEVEL_RATIO -> switch (t.getBudgetTier()) {
                case "budget" -> band(v, new double[] {0, 0.35, 0.5, 0.7, 0.9, 100}, new int[] {100, 85, 60, 40, 20});
                case "luxury" -> band(v, new double[] {0, 0.9, 100}, new int[] {95, 85});
                default -> band(v, new double[] {0, 0.5, 0.7, 0.9, 1.1, 100}, new int[] {95, 85, 70, 55, 40});
            };
            case ARRIVALS_PER_RESIDENT -> switch (t.getTravelStyle()) {
                case "family" -> band(v, new double[] {0, 0.3, 1, 3, 10, 100000}, new int[] {95, 85, 65, 45, 30});
                case "group" -> band(v, new double[] {0, 0.3, 1, 3, 10, 100000}, new int[] {90, 80, 65, 50, 35});
                default -> band(v, new double[] {0, 0.3, 1, 3, 10, 100000}, new int[] {90, 85, 75, 60, 45});
            };
            case TRIP_COUNT -> band(v, new double[] {0, 1, 3, 10, 100000}, new int[] {50, 60, 70, 75});
            case SUBREGION_VISITS -> band(v, new double[] {0, 1, 3, 100000}, new int[] {40, 75, 90});
            case VISITED_BEFORE -> band(v, new double[] {1, 2}, new int[] {85});
            case LEARNED_AFFINITY -> band(v, new double[] {0, 40, 70, 101}, new int[] {40, 70, 95});
        };
    }

    /** Points of the half-open band [bounds[i], bounds[i+1]) that holds {@code v}, or -1. */
    private static int band(double v, double[] bounds, int[] points) {
        for (int i = 0; i < points.length; i++) {
            if (v >= bounds[i] && v < bounds[i + 1]) {
                return points[i];
            }
        }
        return -1;
    }
}
