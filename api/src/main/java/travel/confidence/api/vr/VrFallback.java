package travel.confidence.api.vr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What to show when the main preview cannot load (seed: Error Handling 5): a video of the destination, when
 * the main preview is VR and a video exists. Its thumbnail is the static image of last resort.
 */
@Serdeable
public record VrFallback(String contentType, String embedUrl, String embedType, @Nullable String thumbnailUrl,
                         VrMetadata metadata, @Nullable EmbedAttributes iframe) {
}
