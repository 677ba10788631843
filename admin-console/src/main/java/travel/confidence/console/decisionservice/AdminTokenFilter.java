package travel.confidence.console.decisionservice;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * Every admin API call carries the signed-in member of staff's token ({@code Authorization: Bearer ...}), so the
 * service decides what they may do; the views never handle the token. The login call itself carries none.
 */
@ClientFilter(serviceId = DecisionServiceClient.SERVICE_ID, patterns = "/api/admin/**")
final class AdminTokenFilter {

    static final String LOGIN_PATH = "/api/admin/login";

    private final StaffToken token;

    AdminTokenFilter(StaffToken token) {
        this.token = token;
    }

    @RequestFilter
    void addBearerToken(MutableHttpRequest<?> request) {
        if (request.getPath().endsWith(LOGIN_PATH)) {
            return;
        }
        token.current().ifPresent(request::bearerAuth);
    }
}
