package travel.confidence.service.vr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import travel.confidence.api.vr.VrContentResponse;
import travel.confidence.service.security.ForAnyUser;

/** The seed's VR content endpoint. */
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
    VrContentResponse content(@PathVariable String destinationId, @Nullable @QueryValue String preferredFormat) {
        return content.forDestination(destinationId, preferredFormat);
    }
}
