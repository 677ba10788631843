package travel.confidence.service.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The acting member of staff from the request's verified bearer token: Micronaut Security checks the token's
 * signature and expiry and puts its subject and roles on the request; this reads them. A token without a staff
 * role yields a principal every endpoint refuses.
 */
@Singleton
class TokenAdminIdentity implements AdminIdentity {

    @Override
    public Optional<AdminPrincipal> identify(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).map(authentication -> {
            AdminRole role = authentication.getRoles().stream().map(AdminRole::ofStaff).flatMap(Optional::stream)
                    .reduce((a, b) -> a == AdminRole.ADMIN || b == AdminRole.ADMIN ? AdminRole.ADMIN : a)
                    .orElse(AdminRole.SYSTEM);
            return new AdminPrincipal(authentication.getName(), role);
        });
    }
}
