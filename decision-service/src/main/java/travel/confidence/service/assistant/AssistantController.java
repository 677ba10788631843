package travel.confidence.service.assistant;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import travel.confidence.api.assistant.AssistantRequest;
import travel.confidence.api.assistant.AssistantResponse;
import travel.confidence.service.security.ForUser;
import travel.confidence.service.apidocs.PublicErrors;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** The seed's assistant query endpoint. */
@PublicErrors
@Controller("/api/assistant")
@Tag(name = "Assistant")
class AssistantController {

    private final Assistant assistant;

    AssistantController(Assistant assistant) {
        this.assistant = assistant;
    }

    @Post("/query")
    @ForUser(body = "userId")
    @Operation(summary = "Ask the in-trip assistant: emergency numbers, phrases, weather, safety, directions. "
            + "Answers within 2 s while the traveller's trip mode is on (409 TRIP_MODE_INACTIVE otherwise)")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AssistantRequest.class),
            examples = @ExampleObject(name = "emergency number", value = ApiExamples.ASSISTANT_QUERY)))
    AssistantResponse query(@Body @Valid AssistantRequest request) {
        return assistant.ask(request);
    }
}
