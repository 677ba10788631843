package travel.confidence.service.tripmode;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import travel.confidence.api.assistant.TripModeStatus;
import travel.confidence.api.assistant.TripModeUpdated;
import travel.confidence.service.security.ForUser;
import travel.confidence.service.apidocs.PublicErrors;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** The seed's trip-mode endpoints. */
@PublicErrors
@Controller("/api/assistant/trip-mode")
@Tag(name = "Assistant")
class TripModeController {

    private final TripModes tripModes;

    TripModeController(TripModes tripModes) {
        this.tripModes = tripModes;
    }

    @Post
    @ForUser(body = "userId")
    @Operation(summary = "Switch trip mode on or off; while it is on the assistant answers and its button shows")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TripModeStatus.class),
            examples = @ExampleObject(name = "switch trip mode on", value = ApiExamples.TRIP_MODE_ON)))
    TripModeUpdated update(@Body @Valid TripModeStatus status) {
        return new TripModeUpdated(true, tripModes.apply(status));
    }

    @Get("/{userId}")
    @ForUser(path = "userId")
    @Operation(summary = "A traveller's trip mode; isActive is false for a traveller we have never seen")
    TripModeStatus status(@PathVariable @Size(max = 128) String userId) {
        return tripModes.status(userId);
    }
}
