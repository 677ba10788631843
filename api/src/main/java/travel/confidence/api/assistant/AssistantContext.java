package travel.confidence.api.assistant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import travel.confidence.api.score.UserLocation;

/** The seed's {@code AssistantRequest.context}: where the traveller is and the language to answer in. */
@Serdeable
public record AssistantContext(
        @Nullable @Valid @Schema(description = "Where the traveller is now; needed for distances and nearby alerts")
        UserLocation currentLocation,
        @NotBlank @Size(max = 64) @Schema(description = "ISO 3166-1 alpha-2 code", example = "ES") String currentDestination,
        @NotBlank @Size(max = 35) @Schema(description = "BCP 47 tag; answers come in en, es, fr or de, else English",
                example = "es") String language) {
}
