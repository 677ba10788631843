package travel.confidence.service.admin;

import io.micronaut.http.HttpRequest;
import java.util.Optional;

/**
 * Finds out who sends an admin request. The one seam for authentication: today the acting user and role come
 * from request headers ({@link HeaderAdminIdentity}); real authentication replaces that bean with one that
 * reads a verified token, and nothing else changes.
 */
public interface AdminIdentity {

    /** The user and role of the request; empty when the request names no user (401). */
    Optional<AdminPrincipal> identify(HttpRequest<?> request);
}
