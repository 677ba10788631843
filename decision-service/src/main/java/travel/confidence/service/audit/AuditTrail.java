package travel.confidence.service.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import travel.confidence.data.audit.AuditEntry;
import travel.confidence.data.audit.AuditLogRepository;
import travel.confidence.service.admin.AdminPrincipal;

/**
 * Writes the audit log: every admin change with who, when, what, and the target before and after as JSON.
 * Called inside the transaction of the change, so a change and its audit entry are stored together or not at all.
 */
@Singleton
public class AuditTrail {

    private final AuditLogRepository entries;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(AuditLogRepository entries, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param action     what was done, as {@code target.verb} ({@code version.publish})
     * @param targetType what kind of thing it was done to ({@code rule-version}, {@code experiment})
     * @param before     the target before (any JSON-serialisable value), or null when it did not exist
     * @param after      the target after, or null when it is gone
     */
    public AuditEntry record(AdminPrincipal who, String action, String targetType, String targetId, String summary,
                             @Nullable Object before, @Nullable Object after) {
        return entries.save(new AuditEntry(null, clock.instant(), who.user(), who.role().key(), action, targetType,
                targetId, summary == null || summary.length() <= 500 ? summary : summary.substring(0, 497) + "...",
                toJson(before), toJson(after)));
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
