package travel.confidence.service.score;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import travel.confidence.api.score.ConfidenceScoreRequest;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.ScorePreviewRequest;
import travel.confidence.service.security.ForAnyUser;
import travel.confidence.service.security.ForUser;
import travel.confidence.service.apidocs.ApiExamples;
import travel.confidence.service.apidocs.PublicErrors;

/** The seed's confidence score endpoint and our preview beside it. */
@PublicErrors
@Controller("/api/confidence")
@Tag(name = "Confidence")
class ScoreController {

    private final ConfidenceCalculator calculator;
    private final PreviewCalculator previews;

    ScoreController(ConfidenceCalculator calculator, PreviewCalculator previews) {
        this.calculator = calculator;
        this.previews = previews;
    }

    @Post("/calculate")
    @ForUser(body = "userId")
    @Operation(summary = "Confidence score (0-100), badge, eight-factor breakdown and explanation for one destination")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ConfidenceScoreRequest.class), examples = {
            @ExampleObject(name = "anonymous traveller", value = ApiExamples.CALCULATE_ANONYMOUS),
            @ExampleObject(name = "with a profile and location", value = ApiExamples.CALCULATE_WITH_PROFILE)}))
    ConfidenceScoreResponse calculate(@Body @Valid ConfidenceScoreRequest request) {
        ContextSource.Location location = request.userLocation() == null ? null
                : new ContextSource.Location(request.userLocation().latitude(), request.userLocation().longitude());
        return calculator.calculate(request, location);
    }

    @Post("/preview")
    @ForAnyUser
    @Operation(summary = "Score given factor values with optional weights and persona, through the same rules")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ScorePreviewRequest.class),
            examples = @ExampleObject(name = "factor values and a persona", value = ApiExamples.PREVIEW)))
    ConfidenceScoreResponse preview(@Body @Valid ScorePreviewRequest request) {
        return previews.preview(request);
    }
}
