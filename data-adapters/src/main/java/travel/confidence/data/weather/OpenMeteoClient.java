package travel.confidence.data.weather;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.retry.annotation.CircuitBreaker;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import travel.confidence.data.external.TimedHttpGet;

/**
 * Open-Meteo's forecast API over HTTP: one GET per place, with a deadline, retries and a circuit breaker
 * (Micronaut's own). After a fetch has failed every attempt the circuit opens and calls fail at once until
 * {@code circuit-reset} has passed; then one call may try again.
 */
@Singleton
@Requires(property = OpenMeteoSettings.PREFIX + ".enabled", value = "true")
public class OpenMeteoClient {

    private final OpenMeteoSettings settings;
    private final TimedHttpGet http;
    private final OpenMeteoForecastParser parser;
    private final AtomicLong calls = new AtomicLong();

    OpenMeteoClient(OpenMeteoSettings settings, JsonMapper json) {
        this.settings = settings;
        this.http = new TimedHttpGet(OpenMeteoSettings.SOURCE, settings.timeout());
        this.parser = new OpenMeteoForecastParser(json);
    }

    @CircuitBreaker(attempts = "${confidence.context.weather.retries:1}",
            delay = "${confidence.context.weather.retry-delay:200ms}",
            reset = "${confidence.context.weather.circuit-reset:30s}",
            throwWrappedException = true)
    public Forecast fetch(double latitude, double longitude) {
        calls.incrementAndGet();
        URI uri = settings.baseUrl().resolve(String.format(Locale.ROOT,
                "/v1/forecast?latitude=%.4f&longitude=%.4f&daily=weather_code,temperature_2m_max,temperature_2m_min,"
                        + "precipitation_sum&timezone=auto&forecast_days=%d",
                latitude, longitude, settings.forecastDays()));
        return parser.parse(http.get(uri, "application/json"));
    }

    /** How many HTTP calls this client has attempted (retries included). */
    public long calls() {
        return calls.get();
    }
}
