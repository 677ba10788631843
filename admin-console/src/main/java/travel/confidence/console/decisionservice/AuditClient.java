package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import travel.confidence.api.error.ErrorResponse;

/** The audit log of admin changes. The service filters by target (type, optionally id) or else by actor. */
@Client(id = DecisionServiceClient.SERVICE_ID, path = "/api/admin/audit", errorType = ErrorResponse.class)
public interface AuditClient {

    @Get("{?targetType,targetId,actor,page,size}")
    AuditPage entries(@Nullable @QueryValue String targetType, @Nullable @QueryValue String targetId,
                      @Nullable @QueryValue String actor, @QueryValue int page, @QueryValue int size);
}
