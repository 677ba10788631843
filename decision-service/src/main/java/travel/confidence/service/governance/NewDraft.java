package travel.confidence.service.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A new draft: a copy of version {@code from} (any status) with a label.
 */
@Serdeable
record NewDraft(@Nullable Long from, @Nullable String label) {
}
