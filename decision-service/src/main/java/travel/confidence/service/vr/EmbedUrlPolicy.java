package travel.confidence.service.vr;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import travel.confidence.service.error.InvalidInputException;

/**
 * Which URLs may be embedded: absolute HTTPS URLs on the default port, without user information, whose host
 * is exactly one of the allow-listed hosts (no subdomain wildcards: a host is trusted by name).
 */
@Singleton
class EmbedUrlPolicy {

    private final Set<String> hosts;

    EmbedUrlPolicy(VrSettings settings) {
        this.hosts = settings.allowedHosts().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    boolean allows(String url) {
        return problem(url) == null;
    }

    /** Throws a 400 naming {@code field} when the URL may not be embedded. */
    void check(String field, String url) {
        String problem = problem(url);
        if (problem != null) {
            throw InvalidInputException.field(field, problem);
        }
    }

    Set<String> hosts() {
        return hosts;
    }

    private String problem(String url) {
        if (url == null || url.isBlank()) {
            return "must be an HTTPS URL";
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return "is not a valid URL";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return "must be an HTTPS URL";
        }
        if (uri.getRawUserInfo() != null || (uri.getPort() != -1 && uri.getPort() != 443)) {
            return "must not carry user information or a port";
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!hosts.contains(host)) {
            return "host '" + (host.length() > 64 ? host.substring(0, 64) + "..." : host)
                    + "' is not on the allow-list of embeddable hosts (" + String.join(", ", hosts.stream().sorted().toList()) + ")";
        }
        return null;
    }
}
