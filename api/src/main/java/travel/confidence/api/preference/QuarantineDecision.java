package travel.confidence.api.preference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's decision on a quarantined record; a rejection needs a {@code reason}. Who decided is the
 * signed-in member of staff, recorded by the service.
 */
@Serdeable
public record QuarantineDecision(@Nullable @Size(max = 2000) String reason) {
}
