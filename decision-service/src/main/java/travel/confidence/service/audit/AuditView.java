package travel.confidence.service.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of the audit log, newest first. */
@Serdeable
record AuditView(List<Entry> entries, int page, int size, long total) {

    /**
     * One change. {@code before} and {@code after} are the JSON the change recorded, as text (a console shows
     * them side by side).
     */
    @Serdeable
    record Entry(long id, String occurredAt, String actor, String role, String action, String targetType,
                 String targetId, @Nullable String summary, @Nullable String before, @Nullable String after) {
    }
}
