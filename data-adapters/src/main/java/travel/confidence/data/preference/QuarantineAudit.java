package travel.confidence.data.preference;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One review decision on a quarantined record: who, when, what and why. */
public record QuarantineAudit(String quarantineId, String action, String actor, Instant at, @Nullable String reason) {
}
