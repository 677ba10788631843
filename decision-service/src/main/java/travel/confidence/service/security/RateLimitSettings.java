package travel.confidence.service.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Token buckets, kept in memory by each instance: a client may send {@code burst} requests at once, then
 * {@code perSecond} a second. Behind N instances a client gets up to N times as much.
 *
 * @param enabled          whether requests are limited at all
 * @param perIpPerSecond   sustained requests a second from one client address (every {@code /api} route)
 * @param perIpBurst       requests one client address may send at once
 * @param perUserPerSecond sustained requests a second for one traveller (the token's subject, or in {@code open}
 *                         mode the user id the request names)
 * @param perUserBurst     requests for one traveller at once
 * @param loginPerMinute   sign-in attempts a minute from one client address ({@code POST /api/admin/login})
 * @param loginBurst       sign-in attempts one client address may make at once
 * @param trackedClients   buckets kept at most per kind; the least recently used are forgotten (a forgotten
 *                         client starts again with a full bucket)
 */
@ConfigurationProperties(RateLimitSettings.PREFIX)
public record RateLimitSettings(@Bindable(defaultValue = "true") boolean enabled,
                                @Bindable(defaultValue = "100") double perIpPerSecond,
                                @Bindable(defaultValue = "200") int perIpBurst,
                                @Bindable(defaultValue = "20") double perUserPerSecond,
                                @Bindable(defaultValue = "40") int perUserBurst,
                                @Bindable(defaultValue = "5") double loginPerMinute,
                                @Bindable(defaultValue = "5") int loginBurst,
                                @Bindable(defaultValue = "100000") int trackedClients) {

    public static final String PREFIX = "confidence.security.rate-limits";
}
