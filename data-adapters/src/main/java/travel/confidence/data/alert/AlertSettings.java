package travel.confidence.data.alert;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * @param defaultValidity how long an alert posted without an expiry stays in force
 * @param refreshInterval how often an instance re-reads the alerts in force, to see what other instances posted
 */
@ConfigurationProperties(AlertSettings.PREFIX)
public record AlertSettings(@Bindable(defaultValue = "30d") Duration defaultValidity,
                            @Bindable(defaultValue = "15s") Duration refreshInterval) {

    public static final String PREFIX = "confidence.alerts";
}
