package travel.confidence.api.context;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import travel.confidence.api.score.Alert;
import travel.confidence.api.score.ContextAdjustment;
import travel.confidence.api.score.DataFreshness;

/**
 * The seed's {@code ContextAdjustmentResponse} (first three fields): the adjustments lead from
 * {@code baseScore} to {@code adjustedScore} in order, each from its original to its adjusted value. Plus what
 * makes it auditable: the base it started from, the rule version, notices (a live source that could not be
 * reached), and the freshness of the data used.
 */
@Serdeable
public record ContextAdjustmentResponse(
        @Schema(minimum = "0", maximum = "100", description = "One decimal", requiredMode = Schema.RequiredMode.REQUIRED) double adjustedScore,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<ContextAdjustment> adjustments,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Alert> alerts,
        String destinationId,
        double baseScore,
        String ruleVersion,
        List<String> warnings,
        List<DataFreshness> dataFreshness,
        @Schema(description = "ISO 8601") String calculatedAt) {

    public ContextAdjustmentResponse {
        adjustments = adjustments == null ? List.of() : adjustments;
        alerts = alerts == null ? List.of() : alerts;
        warnings = warnings == null ? List.of() : warnings;
        dataFreshness = dataFreshness == null ? List.of() : dataFreshness;
    }
}
