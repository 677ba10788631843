package travel.confidence.service.score;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import travel.confidence.api.score.Evidence;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.model.FactorResult;
import travel.confidence.rules.model.IndicatorPoints;
import travel.confidence.rules.model.Measurement;

/**
 * Writes the words a traveller reads: each factor's explanation cites the values behind it with their source
 * and year, and the overall explanation names the strongest and weakest factors and every adjustment.
 */
final class Explanations {

    private Explanations() {
    }

    static String factor(FactorResult result, int neutralScore) {
        String head = result.factor().label() + " " + number(result.score()) + "/100";
        if (result.given()) {
            return head + ": given as " + number(result.score()) + " in the preview.";
        }
        if (result.fallback()) {
            return head + ": no data for this factor, so a neutral " + neutralScore + " is used.";
        }
        String reasons = result.evidence().stream().map(Explanations::evidenceText).collect(Collectors.joining("; "));
        return head + ": " + reasons + ".";
    }

    private static String evidenceText(IndicatorPoints points) {
        Measurement m = points.measurement();
        return points.reason() + " (" + m.indicator().label() + " " + number(m.value()) + " " + m.indicator().unit()
                + "; " + m.provenance().source() + ", " + m.provenance().asOf() + ")";
    }

    static List<Evidence> evidence(FactorResult result) {
        return result.evidence().stream().map(p -> new Evidence(p.measurement().indicator().key(),
                p.measurement().indicator().label(), p.measurement().value(), p.measurement().indicator().unit(),
                p.points(), p.reason(), p.rule(), p.measurement().provenance().source(),
                p.measurement().provenance().asOf())).toList();
    }

    static String overall(String destinationName, Decision decision) {
        List<FactorResult> scored = decision.factors().stream().filter(f -> !f.fallback()).toList();
        String strongest = scored.stream().sorted(Comparator.comparingDouble(FactorResult::score).reversed()
                        .thenComparing(f -> f.factor().ordinal()))
                .limit(2).map(f -> f.factor().label() + " " + number(f.score())).collect(Collectors.joining(", "));
        String weakest = scored.stream().sorted(Comparator.comparingDouble(FactorResult::score)
                        .thenComparing(f -> f.factor().ordinal()))
                .limit(2).map(f -> f.factor().label() + " " + number(f.score())).collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder()
                .append(destinationName).append(": ").append(decision.badge()).append(" confidence, ")
                .append(number(decision.score())).append(" out of 100. ");
        if (!strongest.isEmpty()) {
            text.append("Strongest: ").append(strongest).append(". Weakest: ").append(weakest).append(". ");
        }
        decision.adjustments().forEach(a -> text.append(a.reason()).append(" (")
                .append(a.delta() > 0 ? "+" : "").append(number(a.delta())).append("). "));
        if (!decision.badgeReason().isBlank()) {
            text.append(decision.badgeReason()).append('.');
        }
        return text.toString().strip();
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
