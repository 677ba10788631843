package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.api.preference.QuarantineDecision;
import travel.confidence.api.preference.QuarantineItem;
import travel.confidence.api.preference.QuarantinePage;

/** Review of quarantined signals and feedback; who decided is the signed-in member of staff. */
@Client(id = DecisionServiceClient.SERVICE_ID, path = "/api/admin/quarantine", errorType = ErrorResponse.class)
public interface QuarantineClient {

    /**
     * @param kind   {@code implicit-signal} or {@code explicit-feedback}
     * @param reason a reason code such as {@code FUTURE_TIMESTAMP}
     * @param status {@code pending}, {@code approved} or {@code rejected}
     */
    @Get("{?kind,reason,userId,status,page,size}")
    QuarantinePage records(@Nullable @QueryValue String kind, @Nullable @QueryValue String reason,
                           @Nullable @QueryValue String userId, @Nullable @QueryValue String status,
                           @QueryValue int page, @QueryValue int size);

    @Get("/{id}")
    QuarantineItem record(String id);

    @Post("/{id}/approve")
    QuarantineItem approve(String id, @Body QuarantineDecision decision);

    @Post("/{id}/reject")
    QuarantineItem reject(String id, @Body QuarantineDecision decision);
}
