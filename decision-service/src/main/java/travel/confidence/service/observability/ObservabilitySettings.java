package travel.confidence.service.observability;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Thresholds that alerting rules read from the service itself (so every rule compares against the value the
 * service was configured with), and how often slowly changing readings are taken.
 *
 * @param errorRateThreshold    share of requests answered with a 5xx above which a service counts as failing
 *                              (seed: alert when the error rate exceeds 5 % for any service)
 * @param fallbackRateThreshold share of decisions answered with a preliminary estimate (engine failure or
 *                              budget overrun) above which fallback use counts as high
 * @param refreshInterval       how often the quarantine size, the learning batch's last success and the live
 *                              rule version are read for the meters (one small query each)
 */
@ConfigurationProperties(ObservabilitySettings.PREFIX)
record ObservabilitySettings(@Bindable(defaultValue = "0.05") double errorRateThreshold,
                             @Bindable(defaultValue = "0.10") double fallbackRateThreshold,
                             @Bindable(defaultValue = "15s") Duration refreshInterval) {

    static final String PREFIX = "confidence.observability";
}
