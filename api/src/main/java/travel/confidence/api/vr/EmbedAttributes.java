package travel.confidence.api.vr;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The attributes the frontend puts on the iframe that embeds a preview, so every embed is sandboxed alike. */
@Serdeable
public record EmbedAttributes(
        @Schema(example = "allow-scripts allow-same-origin allow-presentation allow-popups") String sandbox,
        @Schema(example = "accelerometer; gyroscope; fullscreen; xr-spatial-tracking") String allow,
        @Schema(example = "strict-origin-when-cross-origin") String referrerPolicy) {
}
