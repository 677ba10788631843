package travel.confidence.console.decisionservice;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import travel.confidence.api.error.ErrorResponse;

/** Experiments through the admin API: staff read them and their metrics; admins create, reshare, start and stop. */
@Client(id = DecisionServiceClient.SERVICE_ID, path = "/api/admin/experiments", errorType = ErrorResponse.class)
public interface ExperimentsClient {

    /** New traffic shares by variant name. */
    @Serdeable
    record Shares(Map<String, Double> shares) {
    }

    /** The variants a guardrail check stopped. */
    @Serdeable
    record GuardrailCheck(long experimentId, List<String> stopped) {
    }

    @Get
    List<Experiment> experiments();

    @Post
    Experiment create(@Body NewExperiment experiment);

    @Get("/{id}")
    Experiment experiment(long id);

    @Put("/{id}/shares")
    Experiment reshare(long id, @Body Shares shares);

    @Post("/{id}/start")
    Experiment start(long id);

    @Post("/{id}/stop")
    Experiment stop(long id);

    @Get("/{id}/metrics")
    ExperimentMetrics metrics(long id);

    @Post("/{id}/guardrails/check")
    GuardrailCheck checkGuardrails(long id);
}
