package travel.confidence.api.preference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The seed's {@code ImplicitSignal}: one browsing action of a traveller.
 *
 * @param duration  how long the action lasted, in milliseconds (for a view: the time on the page)
 * @param timestamp when it happened, ISO 8601 with an offset ({@code 2026-11-27T10:15:30Z}); kept to the millisecond
 */
@Serdeable
public record ImplicitSignal(
        @NotBlank @Size(max = 128) String userId,
        @NotNull @Pattern(regexp = "click|view|hover|bookmark", message = "must be one of click, view, hover, bookmark")
        @Schema(allowableValues = {"click", "view", "hover", "bookmark"}) String eventType,
        @NotBlank @Size(max = 64) String destinationId,
        @Nullable @Min(value = 0, message = "must be 0 or more milliseconds") Long duration,
        @NotBlank @Size(max = 64) @Schema(format = "date-time") String timestamp) {
}
