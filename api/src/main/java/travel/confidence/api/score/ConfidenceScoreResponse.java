package travel.confidence.api.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The seed's {@code ConfidenceScoreResponse} (first seven fields), plus what makes a decision auditable from
 * the response alone: the contributions add up to {@code baseScore}; {@code adjustments} lead from
 * {@code baseScore} to {@code score}, each with its reason.
 *
 * @param personalized false when the user is unknown and the default profile was used ("general")
 * @param preliminary  true when the engine failed or overran its time budget and this is an estimate
 * @param decisionId   the id of this decision in the decision log (its full trace)
 * @param dataFreshness where the external data behind this score comes from and how fresh it is
 */
@Serdeable
public record ConfidenceScoreResponse(
        String destinationId,
        @Schema(minimum = "0", maximum = "100", description = "One decimal", example = "78.4", requiredMode = Schema.RequiredMode.REQUIRED) double score,
        @Schema(allowableValues = {"Low", "Moderate", "High", "Excellent"}, requiredMode = Schema.RequiredMode.REQUIRED) String badge,
        List<FactorBreakdown> breakdown,
        String explanation,
        @Schema(description = "ISO 8601", example = "2026-11-27T10:15:30Z", requiredMode = Schema.RequiredMode.REQUIRED) String calculatedAt,
        @Schema(description = "Seconds this score stays valid", example = "21600", requiredMode = Schema.RequiredMode.REQUIRED) long ttl,
        double baseScore,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<ContextAdjustment> adjustments,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Alert> alerts,
        String ruleVersion,
        @Nullable String variant,
        boolean personalized,
        @Schema(allowableValues = {"personalized", "general"}) String profileType,
        boolean fallbackUsed,
        boolean preliminary,
        List<String> warnings,
        List<String> firedRules,
        @Nullable String decisionId,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<DataFreshness> dataFreshness) {

    @Creator
    public ConfidenceScoreResponse {
        adjustments = adjustments == null ? List.of() : adjustments;
        alerts = alerts == null ? List.of() : alerts;
        warnings = warnings == null ? List.of() : warnings;
        firedRules = firedRules == null ? List.of() : firedRules;
        dataFreshness = dataFreshness == null ? List.of() : dataFreshness;
    }

    /** A response that says nothing about the freshness of its data. */
    public ConfidenceScoreResponse(String destinationId, double score, String badge, List<FactorBreakdown> breakdown,
                                   String explanation, String calculatedAt, long ttl, double baseScore,
                                   List<ContextAdjustment> adjustments, List<Alert> alerts, String ruleVersion,
                                   String variant, boolean personalized, String profileType, boolean fallbackUsed,
                                   boolean preliminary, List<String> warnings, List<String> firedRules,
                                   String decisionId) {
        this(destinationId, score, badge, breakdown, explanation, calculatedAt, ttl, baseScore, adjustments, alerts,
                ruleVersion, variant, personalized, profileType, fallbackUsed, preliminary, warnings, firedRules,
                decisionId, List.of());
    }
}
