package travel.confidence.console.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * The member of staff signed in to this Vaadin session, with the bearer token every admin call carries and when
 * the service stops accepting it.
 */
public record SignedInStaff(String username, StaffRole role, String token, Instant expiresAt) implements Serializable {

    public boolean isAdmin() {
        return role == StaffRole.ADMIN;
    }

    boolean hasExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Never the token: this may end up in a log line. */
    @Override
    public String toString() {
        return "SignedInStaff[" + username + ", " + role.key() + ", until " + expiresAt + "]";
    }
}
