package travel.confidence.api.preference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One review decision: who decided what about which quarantined record, when, and why. */
@Serdeable
public record QuarantineAuditEntry(String quarantineId, String action, String actor, String at, @Nullable String reason) {
}
