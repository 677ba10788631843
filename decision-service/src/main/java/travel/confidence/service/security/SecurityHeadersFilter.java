package travel.confidence.service.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Puts the security headers on every response, errors and refusals included (it is the outermost filter, so its
 * response side runs last). The service answers JSON and files, never pages: the content security policy allows
 * nothing to load or run, and no page may frame a response; the API docs page alone gets what it needs to run
 * ({@link ApiDocsPagePolicy}). {@code Strict-Transport-Security} is sent only when
 * configured, because it is only true when clients reach the service over HTTPS.
 */
@ServerFilter("/**")
class SecurityHeadersFilter implements Ordered {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final String strictTransportSecurity;
    private final String apiDocsPagePolicy;

    SecurityHeadersFilter(SecuritySettings settings) {
        this.apiDocsPagePolicy = ApiDocsPagePolicy.load(SecurityHeadersFilter.class.getClassLoader());
        this.strictTransportSecurity = settings.strictTransportSecurity() == null
                || settings.strictTransportSecurity().isZero() || settings.strictTransportSecurity().isNegative()
                ? null : "max-age=" + settings.strictTransportSecurity().toSeconds() + "; includeSubDomains";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "no-referrer");
        response.header("Content-Security-Policy", apiDocsPagePolicy != null
                && request.getPath().startsWith(ApiDocsPagePolicy.PATH_PREFIX) ? apiDocsPagePolicy : CONTENT_SECURITY_POLICY);
        if (strictTransportSecurity != null) {
            response.header("Strict-Transport-Security", strictTransportSecurity);
        }
    }
}
