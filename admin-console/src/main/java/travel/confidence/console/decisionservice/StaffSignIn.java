package travel.confidence.console.decisionservice;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Signs a member of staff in through the decision service. A wrong name or password is an ordinary answer
 * (empty); anything else (the service is down, it failed) is thrown for the console's error handling.
 */
@Singleton
public class StaffSignIn {

    private final StaffLoginClient login;

    StaffSignIn(StaffLoginClient login) {
        this.login = login;
    }

    public Optional<LoginAnswer> signIn(String username, String password) {
        try {
            return Optional.of(login.login(new LoginRequest(username, password)));
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.UNAUTHORIZED || e.getStatus() == HttpStatus.BAD_REQUEST) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
