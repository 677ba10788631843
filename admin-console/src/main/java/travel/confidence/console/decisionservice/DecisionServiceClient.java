package travel.confidence.console.decisionservice;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.api.score.ConfidenceScoreRequest;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.ScorePreviewRequest;

/**
 * The decision service's public HTTP API: the catalogue and scoring, as the frontend calls them. Its address is
 * {@code micronaut.http.services.decision-service.url} (default {@code http://localhost:8080}, see
 * application.yml). Calls block; Vaadin calls them from request threads. Failures surface as Micronaut's
 * {@code HttpClientException} (an error answer's body is the service's {@link ErrorResponse}) and reach the
 * console's error handling.
 */
@Client(id = DecisionServiceClient.SERVICE_ID, errorType = ErrorResponse.class)
public interface DecisionServiceClient {

    String SERVICE_ID = "decision-service";

    /** The first {@code size} destinations of the catalogue (at most 500), in the service's order. */
    @Get("/api/destinations{?size}")
    DestinationPage destinations(@QueryValue int size);

    /** The seed's confidence score of one destination for one traveller and dates, with its breakdown. */
    @Post("/api/confidence/calculate")
    ConfidenceScoreResponse calculate(@Body ConfidenceScoreRequest request);

    /** Scores given factor values through a rule set version (the live one unless named), optionally with weights. */
    @Post("/api/confidence/preview")
    ConfidenceScoreResponse preview(@Body ScorePreviewRequest request);
}
