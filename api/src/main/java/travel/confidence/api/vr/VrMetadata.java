package travel.confidence.api.vr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The seed's {@code VRContentResponse.metadata}, plus the licence the content is shown under.
 *
 * @param duration length in seconds, for videos
 */
@Serdeable
public record VrMetadata(String resolution, @Nullable Integer duration, String provider, @Nullable String licence) {
}
