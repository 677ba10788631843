package travel.confidence.service.recommend;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import travel.confidence.api.recommend.BestMonthsRequest;
import travel.confidence.api.recommend.BestMonthsResponse;
import travel.confidence.api.recommend.RecommendationRequest;
import travel.confidence.api.recommend.RecommendationResponse;
import travel.confidence.service.security.ForUser;
import travel.confidence.service.apidocs.PublicErrors;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import travel.confidence.service.apidocs.ApiExamples;
import io.swagger.v3.oas.annotations.media.Schema;

/** Ranked recommendations and the best months to go. */
@PublicErrors
@Controller("/api/confidence")
@Tag(name = "Recommendations")
class RecommendationController {

    private final Recommender recommender;
    private final BestMonths bestMonths;

    RecommendationController(Recommender recommender, BestMonths bestMonths) {
        this.recommender = recommender;
        this.bestMonths = bestMonths;
    }

    @Post("/recommendations")
    @ForUser(body = "userId")
    @Operation(summary = "Destinations ranked by this traveller's confidence, with match percentage and reasons")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = RecommendationRequest.class),
            examples = @ExampleObject(name = "a family on a budget", value = ApiExamples.RECOMMENDATIONS)))
    RecommendationResponse recommend(@Body @Valid RecommendationRequest request) {
        return recommender.recommend(request);
    }

    @Post("/best-months")
    @ForUser(body = "userId")
    @Operation(summary = "One destination scored for a trip starting in each of the next twelve months")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = BestMonthsRequest.class),
            examples = @ExampleObject(name = "a couple who like it temperate", value = ApiExamples.BEST_MONTHS)))
    BestMonthsResponse bestMonths(@Body @Valid BestMonthsRequest request) {
        return bestMonths.bestMonths(request);
    }
}
