package travel.confidence.api.score;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import travel.confidence.api.profile.Persona;
import travel.confidence.api.profile.Preferences;

/**
 * Score from given factor values instead of destination data: what the console's preview and the tests use.
 *
 * @param factors        all eight factor scores (0-100) by factor key
 * @param weights        optional weights by factor key (0-1, adding up to 1) replacing the defaults
 * @param ruleVersion    optional rule set version to use instead of the live one (a draft, for the console)
 */
@Serdeable
@Schema(description = "Score from given factor values, weights and persona")
public record ScorePreviewRequest(
        @NotNull @Size(max = 8) @Schema(example = "{\"safetyIndex\":90,\"weatherStability\":70,\"transportAccessibility\":80,"
                + "\"languageCompatibility\":60,\"healthEmergency\":85,\"budgetMatch\":55,\"crowdDensity\":75,"
                + "\"preferenceAlignment\":50}") Map<String, Double> factors,
        @Nullable @Size(max = 8) Map<String, Double> weights,
        @Nullable @Valid Persona persona,
        @Nullable @Valid Preferences preferences,
        @Nullable @Size(max = 64) String destinationId,
        @Nullable @Size(max = 64) String ruleVersion) {
}
