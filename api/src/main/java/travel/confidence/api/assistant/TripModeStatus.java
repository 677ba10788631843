package travel.confidence.api.assistant;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The seed's {@code TripModeStatus}. Posted to switch trip mode on or off; read back by user id. While it is on,
 * the frontend shows the assistant's floating button and the assistant answers.
 *
 * @param startedAt          ISO 8601 instant; when switching on without it, now
 * @param currentDestination ISO 3166-1 alpha-2 code of a destination in the catalogue
 */
@Serdeable
@Schema(description = "Whether a traveller's trip mode is on")
public record TripModeStatus(
        @NotBlank @Size(max = 128) String userId,
        @NotBlank @Size(max = 128) String tripId,
        @JsonProperty("isActive") @NotNull Boolean isActive,
        @Nullable @Size(max = 40) @Schema(example = "2026-04-20T06:00:00Z") String startedAt,
        @Nullable @Size(max = 64) @Schema(example = "ES") String currentDestination) {
}
