package travel.confidence.api.vr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A preview as the catalogue holds it. */
@Serdeable
public record VrEntryView(String id, String destinationId, String contentType, String embedUrl, String embedType,
                          @Nullable String thumbnailUrl, String resolution, @Nullable Integer duration, String provider,
                          String licence, String createdAt) {
}
