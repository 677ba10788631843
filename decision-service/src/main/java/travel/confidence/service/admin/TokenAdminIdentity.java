package travel.confidence.service.admin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.Collection;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acting member of staff from the request's verified bearer token: Micronaut Security checks the token's
 * signature and expiry and puts its subject and roles on the request; this reads them. Only a staff token counts:
 * one made for {@link StaffAudience} and signed with the key the service's own sign-in signs with. A traveller's
 * token, even one from a configured identity provider that claims a staff role, is not staff. A token without a
 * staff role yields a principal every endpoint refuses.
 */
@Singleton
class TokenAdminIdentity implements AdminIdentity {

    private static final Logger LOG = LoggerFactory.getLogger(TokenAdminIdentity.class);

    private final SignatureGeneratorConfiguration staffSignature;

    TokenAdminIdentity(@Named("generator") SignatureGeneratorConfiguration staffSignature) {
        this.staffSignature = staffSignature;
    }

    @Override
    public Optional<AdminPrincipal> identify(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .filter(authentication -> madeForStaff(authentication) && signedByUs(request))
                .map(authentication -> {
                    AdminRole role = authentication.getRoles().stream().map(AdminRole::ofStaff).flatMap(Optional::stream)
                            .reduce((a, b) -> a == AdminRole.ADMIN || b == AdminRole.ADMIN ? AdminRole.ADMIN : a)
                            .orElse(AdminRole.SYSTEM);
                    return new AdminPrincipal(authentication.getName(), role);
                });
    }

    private static boolean madeForStaff(Authentication authentication) {
        Object audience = authentication.getAttributes().get("aud");
        return StaffAudience.VALUE.equals(audience)
                || audience instanceof Collection<?> many && many.contains(StaffAudience.VALUE);
    }

    private boolean signedByUs(HttpRequest<?> request) {
        Optional<String> token = request.getAttribute(SecurityFilter.TOKEN, String.class);
        if (token.isEmpty()) {
            return false;
        }
        try {
            return staffSignature.verify(SignedJWT.parse(token.get()));
        } catch (ParseException | JOSEException | ClassCastException e) {
            LOG.debug("A bearer token on the admin API is not a token the service signed: {}", e.toString());
            return false;
        }
    }
}
