package travel.confidence.service.context;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import travel.confidence.api.score.DataFreshness;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.external.Freshness;
import travel.confidence.data.external.Sourced;
import travel.confidence.data.weather.Forecast;
import travel.confidence.data.weather.ForecastDay;
import travel.confidence.data.weather.WeatherSource;
import travel.confidence.rules.model.ContextSignal;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.score.ContextSnapshot;
import travel.confidence.service.score.ContextSource;

/**
 * Severe weather in the travel window: the days of the trip the forecast covers with severe weather. A trip
 * beyond the forecast's last day gets no signal (nothing is known yet); a live source that failed leaves a
 * notice so the traveller knows the score may not reflect the latest conditions.
 */
@Singleton
class WeatherContext implements ContextSource, Ordered {

    private final WeatherSource weather;
    private final DestinationCatalogue catalogue;

    WeatherContext(WeatherSource weather, DestinationCatalogue catalogue) {
        this.weather = weather;
        this.catalogue = catalogue;
    }

    @Override
    public ContextSnapshot snapshot(String destinationId, Trip trip, @Nullable Location location) {
        DestinationRecord destination = catalogue.find(destinationId).orElse(null);
        if (destination == null) {
            return new ContextSnapshot(List.of(), List.of(), List.of(), "weather:none");
        }
        Sourced<Forecast> forecast = weather.forecast(destination);
        List<String> notices = new ArrayList<>();
        if (forecast.freshness() == Freshness.UNAVAILABLE || forecast.freshness() == Freshness.STALE) {
            notices.add("The live weather forecast could not be fetched just now, so this score may not reflect the "
                    + "latest weather" + (forecast.freshness() == Freshness.STALE ? " (using the forecast fetched "
                    + forecast.asOf() + ")" : ""));
        }
        if (forecast.value() == null) {
            return new ContextSnapshot(List.of(), List.of(), notices, "weather:" + forecast.freshness().wire(),
                    List.of(freshness(forecast, forecast.note())));
        }
        List<ForecastDay> covered = forecast.value().between(trip.getStartDate(), trip.getEndDate());
        if (covered.isEmpty()) {
            String note = forecast.value().lastDay() == null ? "The forecast has no days"
                    : "Your trip starts after the last forecast day (" + forecast.value().lastDay()
                    + "), so severe weather is not checked yet";
            return new ContextSnapshot(List.of(), List.of(), notices, "weather:" + forecast.asOf() + ":beyond",
                    List.of(freshness(forecast, join(forecast.note(), note))));
        }
        List<ForecastDay> severe = covered.stream().filter(d -> d.severity().isPresent()).toList();
        String detail = severe.stream().map(d -> d.severity().get() + " on " + Dates.dayMonth(d.date()))
                .collect(Collectors.joining("; "));
        if (covered.size() < trip.getLengthDays()) {
            detail = join(detail, "the forecast covers " + covered.size() + " of your " + trip.getLengthDays() + " days");
        }
        ContextSignal signal = ContextSignal.of(ContextSignal.SEVERE_WEATHER_DAYS, severe.size(), detail,
                forecast.source(), forecast.asOf());
        return new ContextSnapshot(List.of(signal), List.of(), notices,
                "weather:" + forecast.asOf() + ":" + severe.size() + ":" + covered.size(), List.of(freshness(forecast, forecast.note())));
    }

    private static DataFreshness freshness(Sourced<Forecast> forecast, String note) {
        return new DataFreshness("weather", forecast.source(), forecast.freshness().wire(), forecast.asOf(), note);
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + "; " + second;
    }

    @Override
    public int getOrder() {
        return 30;
    }
}
