package travel.confidence.service.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import travel.confidence.data.staff.ConsoleUser;
import travel.confidence.data.staff.ConsoleUserRepository;

/**
 * Checks a member of staff's name and password against the console users (run off the event loop: it reads
 * the store and hashes). An unknown name and a wrong password fail alike, so a login does not reveal who has
 * an account.
 */
@Singleton
class StaffAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final ConsoleUserRepository users;

    StaffAuthentication(ConsoleUserRepository users) {
        this.users = users;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> login) {
        String name = login.getIdentity() == null ? "" : login.getIdentity().strip();
        String password = login.getSecret() == null ? "" : login.getSecret();
        Optional<ConsoleUser> user = name.isEmpty() || name.length() > 64 ? Optional.empty() : users.findById(name);
        if (user.isEmpty() || user.get().disabled() || !PasswordHasher.matches(password, user.get().passwordHash())) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        return AuthenticationResponse.success(user.get().username(), List.of(user.get().role()));
    }
}
