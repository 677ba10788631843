package travel.confidence.service.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.service.admin.StaffAudience;

/**
 * Says at start-up how the public API is protected, loudly when it is not: an open API lets anyone read and change
 * any traveller's profile, weights and trip mode, which is fine on a laptop and nowhere else. Created with the
 * context, so a configuration that would let staff tokens act as travellers stops the start.
 */
@Context
class PublicApiNotice {

    private static final Logger LOG = LoggerFactory.getLogger(PublicApiNotice.class);

    private final SecuritySettings settings;
    private final RateLimitSettings limits;

    PublicApiNotice(SecuritySettings settings, RateLimitSettings limits) {
        if (StaffAudience.VALUE.equals(settings.travellerAudience())) {
            throw new IllegalStateException(SecuritySettings.PREFIX + ".traveller-audience must not be the staff audience "
                    + StaffAudience.VALUE + ": staff tokens would then act as travellers");
        }
        this.settings = settings;
        this.limits = limits;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (settings.publicApi() == PublicApiMode.OPEN) {
            LOG.warn("The public API is OPEN: no token is needed, and anyone who can reach this service can read and change"
                    + " any traveller's profile, weights and trip mode. Fine for local use only; in production set"
                    + " CONFIDENCE_SECURITY_PUBLIC_API=jwt and configure the travellers' token signature.");
        } else {
            LOG.info("The public API needs a traveller's bearer token (audience '{}') and serves only that traveller's data",
                    settings.travellerAudience());
        }
        if (!limits.enabled()) {
            LOG.warn("Rate limits are OFF ({}.enabled=false)", RateLimitSettings.PREFIX);
        }
    }
}
