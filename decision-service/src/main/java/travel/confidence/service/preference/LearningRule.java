package travel.confidence.service.preference;

import io.micronaut.core.annotation.Nullable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import travel.confidence.data.preference.Ratings;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.Weights;

/**
 * How a traveller's weights are learned, as arithmetic (the module README says the same in words, with an
 * example). Pure: no store, no clock, so the same data always gives the same weights.
 * <ol>
 *   <li><b>Taste from browsing.</b> Each signal is worth {@code event weight x dwell}: bookmark 3, click 2,
 *       view 1, hover 0.5, times {@code 1 + ln(1 + seconds/30)} (at most 3; 1 without a duration). On each
 *       factor, with the destinations' standardised scores clipped to +-2: the worth-weighted mean of what
 *       was browsed minus its plain mean (what the traveller lingers on, against what they merely passed
 *       over), plus a quarter of the worth-weighted mean (what they choose to look at at all, against the
 *       whole catalogue; it counts less because the site decides much of what is shown). Clipped to +-2,
 *       that is the taste; the implicit tilt is half the taste.</li>
 *   <li><b>What matters from feedback.</b> An aspect matters to a traveller when its rating moves with their
 *       overall rating: agreement = {@code 1 - |aspect - overall| / 4}. Per survey, each aspect's agreement
 *       minus the survey's mean agreement; averaged over surveys and times 4/3, that is the explicit tilt
 *       (between -1 and 1). Aspects map to factors: safety to safety and health, value to budget,
 *       accessibility to transport and language, experience to weather and crowds.</li>
 *   <li><b>Together.</b> The tilts are averaged, a survey counting as much as five signals; each default
 *       weight (the rule set's, rescaled over the seven factors) is multiplied by {@code e^tilt} and the
 *       weights are scaled to add up to 1. A tilt is within +-1, so no weight moves further than a factor
 *       e (2.7) from its default.</li>
 *   <li><b>Confidence</b> is {@code 1 - e^(-evidence/50)} with evidence = signals + 5 x surveys; with fewer
 *       than ten interactions nothing moves: the defaults with confidence 0 (seed).</li>
 * </ol>
 */
public final class LearningRule {

    public static final int MIN_INTERACTIONS = 10;
    static final double FEEDBACK_WORTH = 5;
    static final double CONFIDENCE_SCALE = 50;
    static final double IMPLICIT_STRENGTH = 0.5;
    static final double EXPLICIT_STRENGTH = 4.0 / 3.0;
    static final double PROFILE_CLIP = 2;
    static final double SELECTION_SHARE = 0.25;
    static final double DWELL_UNIT_MS = 30_000;
    static final double MAX_DWELL = 3;

    private LearningRule() {
    }

    /** One signal on a known destination, with that destination's standardised profile. */
    public record Engagement(String eventType, @Nullable Long durationMs, Map<Factor, Double> profile) {
    }

    /**
     * What was learned.
     *
     * @param weights      the seven learnable factors, each 0-1, adding up to 1
     * @param interactions signals and surveys learned from
     * @param taste        the worth-weighted mean profile of what was browsed, or null without signals
     */
    public record Learned(Map<Factor, Double> weights, double confidence, int interactions,
                         @Nullable Map<Factor, Double> taste) {
    }

    /** The rule set's default weights of the seven learnable factors, scaled to add up to 1. */
    public static Map<Factor, Double> learnableDefaults(Weights defaults) {
        Map<Factor, Double> learnable = new EnumMap<>(Factor.class);
        double sum = 0;
        for (Factor factor : Factor.values()) {
            if (factor.isLearnable()) {
                learnable.put(factor, defaults.fraction(factor));
                sum += defaults.fraction(factor);
            }
        }
        double total = sum;
        learnable.replaceAll((factor, weight) -> weight / total);
        return learnable;
    }

    public static Learned learn(Map<Factor, Double> defaults, List<Engagement> signals, List<Ratings> feedback) {
        int interactions = signals.size() + feedback.size();
        Map<Factor, Double> taste = taste(signals);
        if (interactions < MIN_INTERACTIONS) {
            return new Learned(Map.copyOf(defaults), 0, interactions, taste);
        }
        Map<Factor, Double> explicit = explicitTilt(feedback);
        double signalEvidence = signals.size();
        double feedbackEvidence = FEEDBACK_WORTH * feedback.size();
        double evidence = signalEvidence + feedbackEvidence;
        Map<Factor, Double> raw = new EnumMap<>(Factor.class);
        double sum = 0;
        for (Factor factor : defaults.keySet()) {
            double implicitTilt = taste == null ? 0 : IMPLICIT_STRENGTH * taste.get(factor);
            double tilt = (signalEvidence * implicitTilt + feedbackEvidence * explicit.get(factor)) / evidence;
            double weight = defaults.get(factor) * Math.exp(tilt);
            raw.put(factor, weight);
            sum += weight;
        }
        double total = sum;
        raw.replaceAll((factor, weight) -> weight / total);
        double confidence = 1 - Math.exp(-evidence / CONFIDENCE_SCALE);
        return new Learned(Map.copyOf(raw), confidence, interactions, taste);
    }

    /** How much one signal counts: bookmark > click > view > hover, and longer looks count more. */
    static double worth(String eventType, @Nullable Long durationMs) {
        double event = switch (eventType) {
            case "bookmark" -> 3;
            case "click" -> 2;
            case "view" -> 1;
            case "hover" -> 0.5;
            default -> 0;
        };
        double dwell = durationMs == null ? 1 : Math.min(MAX_DWELL, 1 + Math.log1p(durationMs / DWELL_UNIT_MS));
        return event * dwell;
    }

    /**
     * What the browsing shows the traveller is drawn to, per factor: where they linger against what they pass
     * over, plus a quarter of where they look at all against the catalogue; null without signals.
     */
    static Map<Factor, Double> taste(List<Engagement> signals) {
        if (signals.isEmpty()) {
            return null;
        }
        double totalWorth = 0;
        Map<Factor, Double> weighted = new EnumMap<>(Factor.class);
        Map<Factor, Double> plain = new EnumMap<>(Factor.class);
        for (Engagement signal : signals) {
            double worth = worth(signal.eventType(), signal.durationMs());
            totalWorth += worth;
            for (Factor factor : Factor.values()) {
                if (factor.isLearnable()) {
                    double z = clip(signal.profile().getOrDefault(factor, 0.0));
                    weighted.merge(factor, worth * z, Double::sum);
                    plain.merge(factor, z, Double::sum);
                }
            }
        }
        Map<Factor, Double> taste = new EnumMap<>(Factor.class);
        for (Factor factor : weighted.keySet()) {
            double lingered = weighted.get(factor) / totalWorth;
            double browsed = plain.get(factor) / signals.size();
            taste.put(factor, clip(lingered - browsed + SELECTION_SHARE * lingered));
        }
        return Map.copyOf(taste);
    }

    private static double clip(double z) {
        return Math.max(-PROFILE_CLIP, Math.min(PROFILE_CLIP, z));
    }

    /** Per factor, how much more than average the traveller's overall verdicts follow its aspect (-1 to 1). */
    static Map<Factor, Double> explicitTilt(List<Ratings> feedback) {
        double[] mean = new double[Aspect.values().length];
        for (Ratings ratings : feedback) {
            double[] agreement = new double[Aspect.values().length];
            double average = 0;
            for (Aspect aspect : Aspect.values()) {
                agreement[aspect.ordinal()] = 1 - Math.abs(aspect.rating(ratings) - ratings.overall()) / 4;
                average += agreement[aspect.ordinal()] / Aspect.values().length;
            }
            for (Aspect aspect : Aspect.values()) {
                mean[aspect.ordinal()] += (agreement[aspect.ordinal()] - average) / feedback.size();
            }
        }
        Map<Factor, Double> tilt = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            if (factor.isLearnable()) {
                tilt.put(factor, feedback.isEmpty() ? 0 : EXPLICIT_STRENGTH * mean[Aspect.of(factor).ordinal()]);
            }
        }
        return tilt;
    }

    /** The rated aspects of a post-trip survey and the factors each speaks for. */
    enum Aspect {
        SAFETY, VALUE, ACCESSIBILITY, EXPERIENCE;

        double rating(Ratings ratings) {
            return switch (this) {
                case SAFETY -> ratings.safety();
                case VALUE -> ratings.value();
                case ACCESSIBILITY -> ratings.accessibility();
                case EXPERIENCE -> ratings.experience();
            };
        }

        static Aspect of(Factor factor) {
            return switch (factor) {
                case SAFETY_INDEX, HEALTH_EMERGENCY -> SAFETY;
                case BUDGET_MATCH -> VALUE;
                case TRANSPORT_ACCESSIBILITY, LANGUAGE_COMPATIBILITY -> ACCESSIBILITY;
                case WEATHER_STABILITY, CROWD_DENSITY -> EXPERIENCE;
                case PREFERENCE_ALIGNMENT -> throw new IllegalArgumentException("preference alignment is not learned");
            };
        }
    }
}
