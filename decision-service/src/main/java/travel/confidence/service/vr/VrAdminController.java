package travel.confidence.service.vr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import java.util.List;
import java.util.Map;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.api.vr.VrEntryRequest;
import travel.confidence.api.vr.VrEntryView;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.service.admin.AdminAccess;
import travel.confidence.service.admin.AdminRole;
import travel.confidence.data.vr.NewVrEntry;
import travel.confidence.data.vr.VrCatalogue;
import travel.confidence.data.vr.VrEntry;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.apidocs.AdminErrors;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The preview catalogue for operators (and later the console): list, add, remove. Only HTTPS URLs on the
 * allow-listed hosts are accepted. Not yet behind authentication: admin security arrives with the console's
 * user management.
 */
@AdminErrors
@Controller("/api/admin/vr")
@Tag(name = "Admin: VR previews")
class VrAdminController {

    private final VrCatalogue catalogue;
    private final DestinationCatalogue destinations;
    private final EmbedUrlPolicy policy;

    VrAdminController(VrCatalogue catalogue, DestinationCatalogue destinations, EmbedUrlPolicy policy) {
        this.catalogue = catalogue;
        this.destinations = destinations;
        this.policy = policy;
    }

    @Get("{?destinationId}")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Every preview, or a destination's, oldest first")
    List<VrEntryView> list(@Nullable @QueryValue String destinationId) {
        return catalogue.list(destinationId).stream().map(VrAdminController::view).toList();
    }

    @Post
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Add a preview; its URLs must be HTTPS on an allow-listed host")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = VrEntryRequest.class),
            examples = @ExampleObject(name = "a video preview", value = ApiExamples.VR_ENTRY)))
    HttpResponse<VrEntryView> create(@Body @Valid VrEntryRequest request) {
        DestinationRecord destination = destinations.find(request.destinationId())
                .orElseThrow(() -> NotFoundException.destination(request.destinationId()));
        policy.check("embedUrl", request.embedUrl());
        if (request.thumbnailUrl() != null && !request.thumbnailUrl().isBlank()) {
            policy.check("thumbnailUrl", request.thumbnailUrl());
        }
        if ("video".equals(request.embedType()) && !"video".equals(request.contentType())) {
            throw InvalidInputException.field("embedType", "video embeds a plain video file: use it for contentType video");
        }
        if ("webxr".equals(request.embedType()) && "video".equals(request.contentType())) {
            throw InvalidInputException.field("embedType", "webxr is for vr360 and panorama content");
        }
        VrEntry stored = catalogue.add(new NewVrEntry(destination.id(), request.contentType(), request.embedUrl().strip(),
                request.embedType(), blankToNull(request.thumbnailUrl()), request.resolution().strip(), request.duration(),
                request.provider().strip(), request.licence().strip()));
        return HttpResponse.created(view(stored));
    }

    @Delete("/{id}")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "Remove a preview")
    VrEntryView delete(@PathVariable String id) {
        return catalogue.remove(id).map(VrAdminController::view)
                .orElseThrow(() -> new NotFoundException(ErrorCodes.NOT_FOUND, "No preview with this id", Map.of("field", "id")));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static VrEntryView view(VrEntry e) {
        return new VrEntryView(e.id(), e.destinationId(), e.contentType(), e.embedUrl(), e.embedType(), e.thumbnailUrl(),
                e.resolution(), e.duration(), e.provider(), e.licence(), e.createdAt().toString());
    }
}
