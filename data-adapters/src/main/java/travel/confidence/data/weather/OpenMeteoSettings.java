package travel.confidence.data.weather;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;

/**
 * The live Open-Meteo forecast adapter. Off by default: the product runs offline on its bundled data.
 *
 * @param enabled       true to fetch live forecasts
 * @param baseUrl       the API's base URL (tests point it at a local stub)
 * @param timeout       the deadline of one HTTP exchange
 * @param forecastDays  how many days ahead to ask for (Open-Meteo serves up to 16)
 * @param retries       calls after a failed first one before the fetch fails
 * @param retryDelay    the pause before a retry
 * @param circuitReset  how long the circuit stays open after a failed fetch before one call may try again
 */
@ConfigurationProperties(OpenMeteoSettings.PREFIX)
public record OpenMeteoSettings(@Bindable(defaultValue = "false") boolean enabled,
                                @Bindable(defaultValue = "https://api.open-meteo.com") URI baseUrl,
                                @Bindable(defaultValue = "2s") Duration timeout,
                                @Bindable(defaultValue = "16") int forecastDays,
                                @Bindable(defaultValue = "1") int retries,
                                @Bindable(defaultValue = "200ms") Duration retryDelay,
                                @Bindable(defaultValue = "30s") Duration circuitReset) {

    public static final String PREFIX = "confidence.context.weather";
    public static final String SOURCE = "Open-Meteo forecast";
}
