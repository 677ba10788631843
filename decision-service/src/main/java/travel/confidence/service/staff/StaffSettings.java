package travel.confidence.service.staff;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The first admin account, created on a first start when there is no console user yet.
 *
 * @param firstAdminUsername its name
 * @param firstAdminPassword its password, from the environment ({@code CONFIDENCE_FIRST_ADMIN_PASSWORD}); when
 *                           unset a random one is generated and written once to the data directory
 */
@ConfigurationProperties(StaffSettings.PREFIX)
public record StaffSettings(@Bindable(defaultValue = "admin") String firstAdminUsername,
                            @Nullable String firstAdminPassword) {

    public static final String PREFIX = "confidence.security";
}
