package travel.confidence.service.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import travel.confidence.data.audit.AuditEntry;
import travel.confidence.data.audit.AuditLogRepository;
import travel.confidence.service.admin.AdminAccess;
import travel.confidence.service.admin.AdminRole;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.apidocs.AdminErrors;

/** Reads the audit log: everyone with a staff role may see who changed what. */
@AdminErrors
@Controller("/api/admin/audit")
@Tag(name = "Admin: audit")
class AuditController {

    private static final int MAX_SIZE = 200;

    private final AuditLogRepository entries;

    AuditController(AuditLogRepository entries) {
        this.entries = entries;
    }

    @Get
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Admin changes, newest first; filter by target (type and id) or by actor")
    AuditView list(@QueryValue @Nullable String targetType, @QueryValue @Nullable String targetId,
                   @QueryValue @Nullable String actor, @QueryValue @Nullable Integer page,
                   @QueryValue @Nullable Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw InvalidInputException.field("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInputException.field("size", "must be from 1 to " + MAX_SIZE);
        }
        if (targetId != null && targetType == null) {
            throw InvalidInputException.field("targetType", "is required with targetId");
        }
        Pageable pageable = Pageable.from(p, s, Sort.of(Sort.Order.desc("id")));
        Page<AuditEntry> found;
        if (targetType != null && targetId != null) {
            found = entries.findByTargetTypeAndTargetId(targetType, targetId, pageable);
        } else if (targetType != null) {
            found = entries.findByTargetType(targetType, pageable);
        } else if (actor != null) {
            found = entries.findByActor(actor, pageable);
        } else {
            found = entries.findAll(pageable);
        }
        return new AuditView(found.getContent().stream().map(e -> new AuditView.Entry(e.id(), e.occurredAt().toString(),
                e.actor(), e.role(), e.action(), e.targetType(), e.targetId(), e.summary(), e.beforeJson(),
                e.afterJson())).toList(), p, s, found.getTotalSize());
    }
}
