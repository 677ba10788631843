package travel.confidence.service.admin;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The acting user and role from the {@code X-Admin-User} and {@code X-Admin-Role} headers. Anyone who can reach
 * the service can claim any role this way, so this stands in only until real authentication replaces it (see
 * {@link AdminIdentity}). A user header that is not a plausible name counts as none; an unknown role yields a
 * principal without a staff role, which every endpoint refuses.
 */
@Singleton
class HeaderAdminIdentity implements AdminIdentity {

    static final String USER_HEADER = "X-Admin-User";
    static final String ROLE_HEADER = "X-Admin-Role";
    private static final Pattern USER = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,128}");

    @Override
    public Optional<AdminPrincipal> identify(HttpRequest<?> request) {
        String user = request.getHeaders().get(USER_HEADER);
        if (user == null || !USER.matcher(user.strip()).matches()) {
            return Optional.empty();
        }
        AdminRole role = AdminRole.ofStaff(request.getHeaders().get(ROLE_HEADER)).orElse(AdminRole.SYSTEM);
        return Optional.of(new AdminPrincipal(user.strip(), role));
    }
}
