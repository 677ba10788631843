package travel.confidence.console.decisionservice;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import travel.confidence.api.error.ErrorResponse;

/** The service's login endpoint; {@link StaffSignIn} is what the console calls. */
@Client(id = DecisionServiceClient.SERVICE_ID, errorType = ErrorResponse.class)
interface StaffLoginClient {

    @Post("/api/admin/login")
    LoginAnswer login(@Body LoginRequest request);
}
