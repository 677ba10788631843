package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import travel.confidence.api.error.ErrorResponse;

/** The service's login endpoint; {@link StaffSignIn} is what the console calls. */
@Client(id = DecisionServiceClient.SERVICE_ID, errorType = ErrorResponse.class)
interface StaffLoginClient {

    /**
     * @param browserAddress the address the sign-in came from, which the service believes when the console is one
     *                       of its trusted proxies, so its per-address sign-in limit applies to each browser rather
     *                       than to all staff together
     */
    @Post("/api/admin/login")
    LoginAnswer login(@Body LoginRequest request, @Nullable @Header("X-Forwarded-For") String browserAddress);
}
