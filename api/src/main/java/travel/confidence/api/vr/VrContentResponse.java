package travel.confidence.api.vr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The seed's {@code VRContentResponse}, plus:
 *
 * @param exploreBeforeYouBook whether to show the "Explore Before You Book" button: true exactly when the
 *                             destination has a preview of any kind (seed Property 8)
 * @param iframe               the sandbox, allow and referrer policy attributes for the iframe (embed types
 *                             {@code iframe} and {@code webxr}); absent for a plain {@code video} element
 * @param fallback             a video to show if a VR preview fails to load
 * @param notice               why nothing is shown when the catalogue could not be read
 */
@Serdeable
@Schema(name = "VRContentResponse", description = "The preview to embed for a destination, if any")
public record VrContentResponse(
        String destinationId,
        boolean available,
        @Schema(allowableValues = {"vr360", "panorama", "video", "none"}, requiredMode = Schema.RequiredMode.REQUIRED) String contentType,
        @Nullable String embedUrl,
        @Schema(allowableValues = {"iframe", "webxr", "video"}, requiredMode = Schema.RequiredMode.REQUIRED) String embedType,
        @Nullable String thumbnailUrl,
        VrMetadata metadata,
        boolean exploreBeforeYouBook,
        @Nullable EmbedAttributes iframe,
        @Nullable VrFallback fallback,
        @Nullable String notice) {
}
