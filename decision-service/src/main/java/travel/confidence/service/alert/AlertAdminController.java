package travel.confidence.service.alert;

import travel.confidence.service.admin.AdminAccess;
import travel.confidence.service.admin.AdminRole;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import travel.confidence.api.alert.AdvisoryImportReport;
import travel.confidence.api.alert.AlertRequest;
import travel.confidence.api.alert.PostedAlert;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.data.advisory.AdvisoryImporter;
import travel.confidence.data.alert.AlertSettings;
import travel.confidence.data.alert.AlertStore;
import travel.confidence.data.alert.NewAlert;
import travel.confidence.data.alert.StoredAlert;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.service.error.ApiException;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.InvalidInputException.FieldError;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.apidocs.AdminErrors;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Alerts for operators and feeds: post one, retract one, list them, or import the advisory feed now. A post
 * or a retraction takes effect on the next score of that destination. Not yet behind authentication: the
 * admin security arrives with the console's user management.
 */
@AdminErrors
@Controller("/api/admin/alerts")
@Tag(name = "Admin: alerts")
class AlertAdminController {

    private final AlertStore store;
    private final DestinationCatalogue catalogue;
    private final AlertSettings settings;
    private final BeanProvider<AdvisoryImporter> importer;
    private final Clock clock;

    AlertAdminController(AlertStore store, DestinationCatalogue catalogue, AlertSettings settings,
                         BeanProvider<AdvisoryImporter> importer, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.settings = settings;
        this.importer = importer;
        this.clock = clock;
    }

    @Post
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Post an alert for a destination; it counts from the next score on")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlertRequest.class),
            examples = @ExampleObject(name = "a typhoon near Osaka", value = ApiExamples.ALERT)))
    HttpResponse<PostedAlert> post(@Body @Valid AlertRequest request) {
        DestinationRecord destination = catalogue.find(request.destinationId())
                .orElseThrow(() -> NotFoundException.destination(request.destinationId()));
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        Instant issuedAt = instant(request.issuedAt(), "issuedAt", errors, now);
        Instant expiresAt = instant(request.expiresAt(), "expiresAt", errors, null);
        if (errors.isEmpty()) {
            if (expiresAt == null) {
                expiresAt = issuedAt.plus(settings.defaultValidity());
            } else if (!expiresAt.isAfter(issuedAt)) {
                errors.add(new FieldError("expiresAt", "must be after issuedAt"));
            } else if (!expiresAt.isAfter(now)) {
                errors.add(new FieldError("expiresAt", "must be in the future"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var area = request.area();
        StoredAlert stored = store.post(new NewAlert(destination.id(), request.type(), request.severity(),
                request.message().strip(), request.source().strip(), issuedAt, expiresAt,
                area == null ? null : area.latitude(), area == null ? null : area.longitude(),
                area == null ? null : area.radiusKm(), StoredAlert.OPERATOR));
        return HttpResponse.created(AlertViews.toPosted(stored, now));
    }

    @Delete("/{id}")
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Retract an alert; scores of its destination no longer count it")
    PostedAlert retract(@PathVariable String id) {
        return store.retract(id).map(a -> AlertViews.toPosted(a, clock.instant()))
                .orElseThrow(() -> new NotFoundException(ErrorCodes.NOT_FOUND, "No alert with id '" + shorten(id) + "'",
                        Map.of("field", "id")));
    }

    @Get("{?destinationId,includeInactive}")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Alerts in force (or all, with includeInactive), newest first")
    List<PostedAlert> list(@Nullable @QueryValue String destinationId, @Nullable @QueryValue Boolean includeInactive) {
        Instant now = clock.instant();
        return store.list(destinationId, Boolean.TRUE.equals(includeInactive), now).stream()
                .map(a -> AlertViews.toPosted(a, now)).toList();
    }

    @Post("/import-advisories")
    @AdminAccess(AdminRole.ADMIN)
    @Operation(summary = "Import the State Department advisory feed now; level changes become alerts")
    AdvisoryImportReport importAdvisories() {
        if (!importer.isPresent()) {
            throw new SourceSwitchedOff();
        }
        return importer.get().importNow();
    }

    private static Instant instant(@Nullable String text, String field, List<FieldError> errors, Instant otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO 8601 date-time with an offset, such as 2026-05-01T12:00:00Z"));
            return null;
        }
    }

    private static String shorten(String id) {
        return id.length() > 64 ? id.substring(0, 64) + "..." : id;
    }

    /** Importing needs the live advisory feed, which is switched off. */
    static final class SourceSwitchedOff extends ApiException {

        SourceSwitchedOff() {
            super(HttpStatus.CONFLICT, ErrorCodes.CONFLICT, "The live advisory feed is switched off "
                    + "(confidence.context.advisories.enabled)", Map.of(), false);
        }
    }
}
