package travel.confidence.data.advisory;

import io.micronaut.core.annotation.Nullable;

/**
 * One government's current advisory for a destination.
 *
 * @param level     1 (normal precautions) to 4 (do not travel)
 * @param published the date the government gives, as it gives it
 */
public record AdvisoryLevel(String destinationId, String government, int level, String title, @Nullable String link,
                            @Nullable String published) {
}
