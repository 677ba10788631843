package travel.confidence.api.score;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The seed's {@code FactorBreakdown}, plus what makes it auditable: the label to show, whether the factor fell
 * back to a neutral value, and the evidence (each value with its source and year).
 *
 * @param contribution the weighted score; the contributions of a response add up to {@code baseScore}
 */
@Serdeable
public record FactorBreakdown(
        @Schema(example = "safetyIndex", requiredMode = Schema.RequiredMode.REQUIRED) String factorName,
        @Schema(minimum = "0", maximum = "100", example = "85", requiredMode = Schema.RequiredMode.REQUIRED) double score,
        @Schema(minimum = "0", maximum = "1", example = "0.2", requiredMode = Schema.RequiredMode.REQUIRED) double weight,
        double contribution,
        String explanation,
        String label,
        boolean fallbackUsed,
        List<Evidence> evidence) {
}
