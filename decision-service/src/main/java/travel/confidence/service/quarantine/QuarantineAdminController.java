package travel.confidence.service.quarantine;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import travel.confidence.service.admin.AdminAccess;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.admin.AdminRole;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.api.preference.QuarantineDecision;
import travel.confidence.api.preference.QuarantineItem;
import travel.confidence.api.preference.QuarantinePage;
import travel.confidence.data.preference.QuarantineQuery;
import travel.confidence.data.preference.QuarantineStore;
import travel.confidence.data.preference.QuarantinedRecord;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.preference.QuarantineReason;
import travel.confidence.service.apidocs.AdminErrors;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The quarantine for reviewers. Open for now, like the rest of the admin API, until it is secured with the
 * console's staff: editors and admins review; who decided is the signed-in member of staff.
 */
@AdminErrors
@Controller("/api/admin/quarantine")
@Tag(name = "Admin: quarantine")
class QuarantineAdminController {

    private static final int MAX_PAGE_SIZE = 200;

    private final QuarantineStore quarantine;
    private final QuarantineReview review;

    QuarantineAdminController(QuarantineStore quarantine, QuarantineReview review) {
        this.quarantine = quarantine;
        this.review = review;
    }

    @Get
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Quarantined records, newest first, filtered by kind, reason, user, status and time received")
    QuarantinePage list(@Nullable @QueryValue String kind, @Nullable @QueryValue String reason,
                        @Nullable @QueryValue String userId, @Nullable @QueryValue String status,
                        @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                        @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        if (page < 0) {
            throw InvalidInputException.field("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.field("size", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        QuarantineQuery query = new QuarantineQuery(
                kind == null ? null : QuarantinedRecord.Kind.byKey(kind).orElseThrow(() ->
                        InvalidInputException.field("kind", "must be one of implicit-signal, explicit-feedback")),
                reason == null ? null : QuarantineReason.byCode(reason).map(Enum::name).orElseThrow(() ->
                        InvalidInputException.field("reason", "must be one of " + Arrays.toString(QuarantineReason.values()))),
                userId,
                status == null ? null : QuarantinedRecord.Status.byKey(status).orElseThrow(() ->
                        InvalidInputException.field("status", "must be one of pending, approved, rejected")),
                instant("from", from), instant("to", to), page, size);
        QuarantineStore.Page found = quarantine.search(query);
        return new QuarantinePage(found.items().stream().map(q -> QuarantineViews.item(q, java.util.List.of())).toList(),
                page, size, found.total());
    }

    @Get("/{id}")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "One quarantined record with its review log")
    QuarantineItem get(@PathVariable String id) {
        QuarantinedRecord item = quarantine.find(id).orElseThrow(() -> new NotFoundException(ErrorCodes.NOT_FOUND,
                "No quarantined record with this id", Map.of("field", "id")));
        return QuarantineViews.item(item, quarantine.auditOf(id));
    }

    @Post("/{id}/approve")
    @Operation(summary = "Approve: the record becomes learnable (feedback at once, a signal with the next batch)")
    @AdminAccess(AdminRole.EDITOR)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = QuarantineDecision.class),
            examples = @ExampleObject(name = "a real view", value = ApiExamples.QUARANTINE_APPROVE)))
    QuarantineItem approve(@PathVariable String id, @Body @Valid QuarantineDecision decision, @Parameter(hidden = true) AdminPrincipal who) {
        QuarantinedRecord item = review.approve(id, who.user(), blankToNull(decision.reason()));
        return QuarantineViews.item(item, quarantine.auditOf(item.id()));
    }

    @Post("/{id}/reject")
    @Operation(summary = "Reject with a reason: the record stays in the quarantine and is never learned from")
    @AdminAccess(AdminRole.EDITOR)
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = QuarantineDecision.class),
            examples = @ExampleObject(name = "a script", value = ApiExamples.QUARANTINE_REJECT)))
    QuarantineItem reject(@PathVariable String id, @Body @Valid QuarantineDecision decision, @Parameter(hidden = true) AdminPrincipal who) {
        String reason = blankToNull(decision.reason());
        if (reason == null) {
            throw InvalidInputException.field("reason", "must say why the record is rejected");
        }
        QuarantinedRecord item = review.reject(id, who.user(), reason);
        return QuarantineViews.item(item, quarantine.auditOf(item.id()));
    }

    private static Instant instant(String field, @Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "must be an ISO 8601 date-time with an offset, such as 2026-11-27T00:00:00Z");
        }
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
