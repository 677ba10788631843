package travel.confidence.service.score;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import travel.confidence.api.score.Alert;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.ContextAdjustment;
import travel.confidence.api.score.DataFreshness;
import travel.confidence.api.score.FactorBreakdown;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.model.FactorResult;

/** Turns an engine decision into the seed's response with its audit fields. */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static ConfidenceScoreResponse write(Decision decision, String destinationName, int neutralScore, Instant at,
                                         long ttlSeconds, String variant, boolean personalized, List<Alert> alerts,
                                         List<String> extraWarnings, String decisionId,
                                         List<DataFreshness> freshness) {
        List<FactorBreakdown> breakdown = decision.factors().stream()
                .map(f -> breakdown(f, neutralScore)).toList();
        List<ContextAdjustment> adjustments = decision.adjustments().stream()
                .map(a -> new ContextAdjustment(a.factor(), a.originalValue(), a.adjustedValue(), a.reason())).toList();
        List<String> warnings = new ArrayList<>(decision.warnings());
        warnings.addAll(extraWarnings);
        return new ConfidenceScoreResponse(decision.destinationId(), decision.score(), decision.badge(), breakdown,
                Explanations.overall(destinationName, decision), at.toString(), ttlSeconds, decision.baseScore(),
                adjustments, alerts, decision.ruleVersion(), variant, personalized,
                personalized ? "personalized" : "general", decision.fallbackUsed(), false, List.copyOf(warnings),
                decision.firedRules(), decisionId, freshness);
    }

    private static FactorBreakdown breakdown(FactorResult f, int neutralScore) {
        return new FactorBreakdown(f.factor().key(), f.score(), f.weight(), f.contribution(),
                Explanations.factor(f, neutralScore), f.factor().label(), f.fallback(), Explanations.evidence(f));
    }
}
