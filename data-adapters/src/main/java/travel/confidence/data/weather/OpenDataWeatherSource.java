package travel.confidence.data.weather;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.external.Sourced;

/**
 * The offline default: the bundled open data has the 1991-2020 climatology (which the weather factor already
 * scores) but no forecast, so there is nothing for the severe-weather rules to weigh.
 */
@Singleton
@Requires(property = OpenMeteoSettings.PREFIX + ".enabled", notEquals = "true")
class OpenDataWeatherSource implements WeatherSource {

    @Override
    public Sourced<Forecast> forecast(DestinationRecord destination) {
        String source = destination.climateSource() == null ? "no climatology for " + destination.name()
                : destination.climateSource();
        return Sourced.bundled(null, source, destination.climateAsOf(),
                "No live forecast: live weather is switched off, so severe weather in your dates is not checked");
    }
}
