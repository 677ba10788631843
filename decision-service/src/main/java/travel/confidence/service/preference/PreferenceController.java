package travel.confidence.service.preference;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.validation.constraints.Size;
import travel.confidence.api.preference.ExplicitFeedback;
import travel.confidence.api.preference.ImplicitSignal;
import travel.confidence.api.preference.TrackResult;
import travel.confidence.api.profile.PreferenceWeights;
import travel.confidence.service.error.StoreUnavailableException;
import travel.confidence.service.error.StrictJson;
import travel.confidence.service.security.ForUser;
import travel.confidence.service.apidocs.PublicErrors;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;

/**
 * The seed's preference endpoints. A stored record answers 200 {@code {success: true}}; a quarantined one
 * 202 {@code {success: true, quarantined: true, reasons: [...]}} (kept for review, not learned from); a
 * schema error (missing field, wrong type, value out of range) 400 naming the field; a store that cannot take the record 503 with {@code retryable: true}.
 */
@PublicErrors
@Controller("/api/preferences")
@Tag(name = "Preferences")
class PreferenceController {

    private final SignalIntake intake;
    private final LearnedWeightsReader weights;
    private final StrictJson json;

    PreferenceController(SignalIntake intake, LearnedWeightsReader weights, StrictJson json) {
        this.intake = intake;
        this.weights = weights;
        this.json = json;
    }

    @Post("/track-implicit")
    @ForUser(body = "userId")
    @Operation(summary = "Record a browsing action (click, view, hover, bookmark) to learn from")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ImplicitSignal.class),
            examples = @ExampleObject(name = "a 45-second view", value = ApiExamples.IMPLICIT_SIGNAL)))
    HttpResponse<TrackResult> trackImplicit(@Body String body) {
        return answer(intake.track(json.read(body, ImplicitSignal.class)));
    }

    @Post("/submit-feedback")
    @ForUser(body = "userId")
    @Operation(summary = "Record a post-trip survey; it is learned from at once")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ExplicitFeedback.class),
            examples = @ExampleObject(name = "a post-trip survey", value = ApiExamples.EXPLICIT_FEEDBACK)))
    HttpResponse<TrackResult> submitFeedback(@Body String body) {
        return answer(intake.submit(json.read(body, ExplicitFeedback.class)));
    }

    @Get("/weights/{userId}")
    @ForUser(path = "userId")
    @Operation(summary = "The traveller's learned factor weights; the defaults with confidence 0 if nothing is learned yet")
    PreferenceWeights weights(@PathVariable @Size(max = 128) String userId) {
        try {
            return weights.forUser(userId);
        } catch (DataAccessException e) {
            throw new StoreUnavailableException("The learned weights cannot be read just now; please try again shortly", e);
        }
    }

    private static HttpResponse<TrackResult> answer(TrackResult result) {
        return HttpResponse.status(result.quarantined() ? HttpStatus.ACCEPTED : HttpStatus.OK).body(result);
    }
}
