package travel.confidence.data.weather;

import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.external.Sourced;

/** The daily weather forecast for a destination, with its source and freshness; empty when there is none. */
public interface WeatherSource {

    Sourced<Forecast> forecast(DestinationRecord destination);
}
