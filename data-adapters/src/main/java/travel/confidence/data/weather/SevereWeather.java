package travel.confidence.data.weather;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which forecast days count as severe weather for a traveller: the WMO weather codes for heavy rain, heavy
 * freezing rain, heavy snow, violent showers and thunderstorms, or a day at or above 40 °C or at or below
 * -25 °C. Lighter rain and snow are ordinary weather, already part of the weather factor's climatology.
 */
final class SevereWeather {

    static final double EXTREME_HEAT_C = 40;
    static final double EXTREME_COLD_C = -25;

    /** WMO code (as Open-Meteo documents them) to what the traveller reads. */
    private static final Map<Integer, String> SEVERE_CODES = Map.of(
            65, "heavy rain",
            67, "heavy freezing rain",
            75, "heavy snowfall",
            82, "violent rain showers",
            86, "heavy snow showers",
            95, "thunderstorms",
            96, "thunderstorms with hail",
            99, "thunderstorms with heavy hail");

    private SevereWeather() {
    }

    static Optional<String> of(ForecastDay day) {
        if (day.weatherCode() != null && SEVERE_CODES.containsKey(day.weatherCode())) {
            return Optional.of(SEVERE_CODES.get(day.weatherCode()));
        }
        if (day.maxTempC() != null && day.maxTempC() >= EXTREME_HEAT_C) {
            return Optional.of("extreme heat (" + degrees(day.maxTempC()) + ")");
        }
        if (day.minTempC() != null && day.minTempC() <= EXTREME_COLD_C) {
            return Optional.of("extreme cold (" + degrees(day.minTempC()) + ")");
        }
        return Optional.empty();
    }

    private static String degrees(double celsius) {
        return String.format(Locale.ROOT, "%.0f °C", celsius);
    }
}
