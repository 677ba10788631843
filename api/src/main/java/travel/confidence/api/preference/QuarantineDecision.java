package travel.confidence.api.preference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's decision on a quarantined record. Until the admin API is secured, the reviewer names
 * themselves in {@code actor}; a rejection needs a {@code reason}.
 */
@Serdeable
public record QuarantineDecision(@NotBlank @Size(max = 128) String actor, @Nullable @Size(max = 2000) String reason) {
}
