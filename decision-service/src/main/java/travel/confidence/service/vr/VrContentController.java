package travel.confidence.service.vr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import travel.confidence.api.vr.VrContentResponse;
import travel.confidence.service.security.ForAnyUser;
import travel.confidence.service.apidocs.PublicErrors;

/** The seed's VR content endpoint. */
@PublicErrors
@Controller("/api/vr")
@Tag(name = "VR previews")
class VrContentController {

    private final VrContent content;

    VrContentController(VrContent content) {
        this.content = content;
    }

    @Get("/content/{destinationId}{?preferredFormat}")
    @ForAnyUser
    @Operation(summary = "The preview to embed: the preferred format when there is one, else VR, else video; "
            + "exploreBeforeYouBook says whether to show the button")
    VrContentResponse content(@PathVariable String destinationId,
                              @Nullable @QueryValue @Parameter(description = "The seed's VRContentRequest.preferredFormat",
                                      schema = @Schema(allowableValues = {"vr360", "panorama", "video"}))
                              String preferredFormat) {
        return content.forDestination(destinationId, preferredFormat);
    }
}
