package travel.confidence.data.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One admin change: who (actor and role), when, what (action on a target), and the target's state before and
 * after as JSON text.
 */
@MappedEntity("audit_log")
public record AuditEntry(@Id @GeneratedValue @Nullable Long id,
                         Instant occurredAt,
                         String actor,
                         String role,
                         String action,
                         String targetType,
                         String targetId,
                         @Nullable String summary,
                         @Nullable String beforeJson,
                         @Nullable String afterJson) {
}
