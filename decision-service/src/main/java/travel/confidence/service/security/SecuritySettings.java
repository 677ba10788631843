package travel.confidence.service.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * How the public API is protected.
 *
 * @param publicApi               {@code open} (no token; the embedded default, for local use) or {@code jwt}
 * @param travellerAudience       the {@code aud} a traveller's token must carry in {@code jwt} mode
 * @param strictTransportSecurity {@code max-age} of the {@code Strict-Transport-Security} header; unset: no header
 *                                (set it when the service is reached over HTTPS only)
 * @param trustedProxies          addresses or CIDR blocks of reverse proxies whose {@code X-Forwarded-For} is
 *                                believed; empty: the socket address is the client
 */
@ConfigurationProperties(SecuritySettings.PREFIX)
public record SecuritySettings(@Bindable(defaultValue = "open") PublicApiMode publicApi,
                               @Bindable(defaultValue = "confidence-public-api") String travellerAudience,
                               @Nullable Duration strictTransportSecurity,
                               @Nullable List<String> trustedProxies) {

    public static final String PREFIX = "confidence.security";

    public SecuritySettings {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
