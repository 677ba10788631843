package travel.confidence.console.decisionservice;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/**
 * The decision service's HTTP API. Its address is {@code micronaut.http.services.decision-service.url}
 * (default {@code http://localhost:8080}, see application.yml). Calls block; Vaadin calls them from request
 * threads. Failures surface as Micronaut's {@code HttpClientException} and reach the console's error handling.
 */
@Client(id = DecisionServiceClient.SERVICE_ID)
public interface DecisionServiceClient {

    String SERVICE_ID = "decision-service";

    /** The first {@code size} destinations of the catalogue, in the service's order. */
    @Get("/api/destinations{?size}")
    DestinationPage destinations(@QueryValue int size);
}
