package travel.confidence.data.weather;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One day of a forecast: the WMO weather code, the day's highest and lowest temperature and its total
 * precipitation. Any value may be missing when the source has none.
 */
public record ForecastDay(LocalDate date, @Nullable Integer weatherCode, @Nullable Double maxTempC,
                          @Nullable Double minTempC, @Nullable Double precipitationMm) {

    /** What makes this day severe, in words, or empty when it is not. */
    public Optional<String> severity() {
        return SevereWeather.of(this);
    }
}
