package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Signs a member of staff in through the decision service. A wrong name or password and a spent sign-in limit are
 * ordinary answers; anything else (the service is down, it failed) is thrown for the console's error handling.
 */
@Singleton
public class StaffSignIn {

    /** When the service's 429 carries no usable {@code Retry-After}: its sign-in bucket refills about this fast. */
    private static final Duration UNSTATED_WAIT = Duration.ofMinutes(1);

    private final StaffLoginClient login;

    StaffSignIn(StaffLoginClient login) {
        this.login = login;
    }

    /** @param browserAddress where the attempt came from, passed on to the service; null when unknown */
    public SignInOutcome signIn(String username, String password, @Nullable String browserAddress) {
        try {
            return new SignInOutcome.Accepted(login.login(new LoginRequest(username, password), browserAddress));
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.UNAUTHORIZED || e.getStatus() == HttpStatus.BAD_REQUEST) {
                return new SignInOutcome.Refused();
            }
            if (e.getStatus() == HttpStatus.TOO_MANY_REQUESTS) {
                return new SignInOutcome.Throttled(retryAfter(e));
            }
            throw e;
        }
    }

    private static Duration retryAfter(HttpClientResponseException e) {
        String header = e.getResponse().getHeaders().get("Retry-After");
        try {
            long seconds = header == null ? -1 : Long.parseLong(header.strip());
            return seconds > 0 ? Duration.ofSeconds(seconds) : UNSTATED_WAIT;
        } catch (NumberFormatException httpDate) {
            return UNSTATED_WAIT;
        }
    }
}
