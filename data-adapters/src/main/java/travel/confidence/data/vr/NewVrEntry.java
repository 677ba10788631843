package travel.confidence.data.vr;

import io.micronaut.core.annotation.Nullable;

/**
 * A preview to add to the catalogue.
 *
 * @param contentType {@code vr360}, {@code panorama} or {@code video}
 * @param embedType   {@code iframe}, {@code webxr} or {@code video}
 * @param duration    length in seconds, for videos
 * @param licence     the licence the content is offered under, so that nobody embeds what we may not show
 */
public record NewVrEntry(String destinationId, String contentType, String embedUrl, String embedType,
                         @Nullable String thumbnailUrl, String resolution, @Nullable Integer duration, String provider,
                         String licence) {
}
