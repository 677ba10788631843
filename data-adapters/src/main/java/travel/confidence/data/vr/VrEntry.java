package travel.confidence.data.vr;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A preview in the catalogue; see {@link NewVrEntry} for the fields. */
public record VrEntry(String id, String destinationId, String contentType, String embedUrl, String embedType,
                      @Nullable String thumbnailUrl, String resolution, @Nullable Integer duration, String provider,
                      String licence, Instant createdAt) {
}
