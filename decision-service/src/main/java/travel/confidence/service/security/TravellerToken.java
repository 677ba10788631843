package travel.confidence.service.security;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import travel.confidence.service.admin.StaffAudience;

/**
 * What the public API needs from a verified bearer token (Micronaut Security has already checked its signature,
 * expiry and not-before): whose it is and whom it is meant for. A staff token is never a traveller's: it is made
 * for the staff audience and lacks the travellers'.
 */
record TravellerToken(String subject, Set<String> audiences) {

    static TravellerToken of(Authentication authentication) {
        return new TravellerToken(authentication.getName(), audiences(authentication.getAttributes().get("aud")));
    }

    /** Why this token cannot act as a traveller for the API of {@code audience}, or empty when it can. */
    Optional<String> refusal(String audience) {
        if (audiences.contains(StaffAudience.VALUE)) {
            return Optional.of("Staff tokens are not accepted here: sign in as a traveller");
        }
        if (!audiences.contains(audience)) {
            return Optional.of("This token is not meant for this API (its audience must include " + audience + ")");
        }
        if (subject == null || subject.isBlank()) {
            return Optional.of("This token names no user");
        }
        return Optional.empty();
    }

    private static Set<String> audiences(Object claim) {
        Set<String> found = new LinkedHashSet<>();
        if (claim instanceof String one) {
            found.add(one);
        } else if (claim instanceof Collection<?> many) {
            many.forEach(a -> found.add(String.valueOf(a)));
        }
        return found;
    }
}
