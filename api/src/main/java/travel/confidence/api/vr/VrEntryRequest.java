package travel.confidence.api.vr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A preview an operator adds to the catalogue. URLs must be HTTPS on a host of the configured allow-list.
 *
 * @param duration length in seconds, for videos
 * @param licence  the licence the content is offered under (e.g. "CC BY 4.0", "YouTube standard licence")
 */
@Serdeable
@Schema(description = "Add a VR, panorama or video preview for a destination")
public record VrEntryRequest(
        @NotBlank @Size(max = 64) @Schema(example = "PT") String destinationId,
        @NotBlank @Pattern(regexp = "vr360|panorama|video", message = "must be one of vr360, panorama, video")
        String contentType,
        @NotBlank @Size(max = 2048) String embedUrl,
        @NotBlank @Pattern(regexp = "iframe|webxr|video", message = "must be one of iframe, webxr, video")
        String embedType,
        @Nullable @Size(max = 2048) String thumbnailUrl,
        @NotBlank @Size(max = 40) @Schema(example = "3840x1920") String resolution,
        @Nullable @PositiveOrZero @Max(86_400) Integer duration,
        @NotBlank @Size(max = 100) @Schema(example = "YouTube") String provider,
        @NotBlank @Size(max = 200) @Schema(example = "CC BY 4.0") String licence) {
}
