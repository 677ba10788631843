package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of the audit log, newest first; {@code page} counts from 0. */
@Serdeable
public record AuditPage(List<Entry> entries, int page, int size, long total) {

    public AuditPage {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** One change: who, as what, did what to which target, and the JSON before and after (as text). */
    @Serdeable
    public record Entry(long id, String occurredAt, String actor, String role, String action, String targetType,
                        String targetId, @Nullable String summary, @Nullable String before, @Nullable String after) {
    }
}
