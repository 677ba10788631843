package travel.confidence.data.weather;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.destination.Place;
import travel.confidence.data.external.ExternalDataKind;
import travel.confidence.data.external.ResilientFetcher;
import travel.confidence.data.external.Sourced;

/**
 * Live forecasts from Open-Meteo for a destination's capital (its centroid when no capital is known), read
 * cache first: fresh cache, live fetch, last known good, nothing.
 */
@Singleton
@Requires(property = OpenMeteoSettings.PREFIX + ".enabled", value = "true")
class OpenMeteoWeatherSource implements WeatherSource {

    private final OpenMeteoClient client;
    private final ResilientFetcher fetcher;

    OpenMeteoWeatherSource(OpenMeteoClient client, ResilientFetcher fetcher) {
        this.client = client;
        this.fetcher = fetcher;
    }

    @Override
    public Sourced<Forecast> forecast(DestinationRecord destination) {
        Place place = destination.capital() != null ? destination.capital()
                : destination.latitude() != null && destination.longitude() != null
                        ? new Place(destination.name(), destination.latitude(), destination.longitude()) : null;
        if (place == null) {
            return Sourced.unavailable(OpenMeteoSettings.SOURCE, "We have no coordinates for " + destination.name());
        }
        return fetcher.fetch(ExternalDataKind.WEATHER, destination.id(), OpenMeteoSettings.SOURCE,
                        () -> ForecastDocuments.toDocument(client.fetch(place.latitude(), place.longitude())))
                .map(cached -> ForecastDocuments.fromDocument(cached.data()));
    }
}
