package travel.confidence.service.context;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import travel.confidence.api.context.ContextAdjustmentRequest;
import travel.confidence.api.context.ContextAdjustmentResponse;
import travel.confidence.service.security.ForAnyUser;
import travel.confidence.service.apidocs.PublicErrors;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** The seed's context adjustment endpoint. */
@PublicErrors
@Controller("/api/confidence")
@Tag(name = "Confidence")
class ContextController {

    private final ContextAdjuster adjuster;

    ContextController(ContextAdjuster adjuster) {
        this.adjuster = adjuster;
    }

    @Post("/adjust-context")
    @ForAnyUser
    @Operation(summary = "Adjust a base score for live conditions: booking timing, alerts, severe weather, holidays, "
            + "the traveller's distance to an alert's area")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ContextAdjustmentRequest.class),
            examples = @ExampleObject(name = "a base score near an alert", value = ApiExamples.ADJUST_CONTEXT)))
    ContextAdjustmentResponse adjust(@Body @Valid ContextAdjustmentRequest request) {
        return adjuster.adjust(request);
    }
}
