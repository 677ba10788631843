package travel.confidence.service.assistant;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import travel.confidence.api.assistant.AssistantAction;
import travel.confidence.api.score.Alert;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.destination.MonthClimate;
import travel.confidence.data.external.Freshness;
import travel.confidence.data.external.Sourced;
import travel.confidence.data.weather.Forecast;
import travel.confidence.data.weather.ForecastDay;
import travel.confidence.data.weather.WeatherSource;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.score.LiveContext;

/**
 * Weather alerts in force (from the same live context scoring uses) and the forecast for today or tomorrow
 * when live weather is on; otherwise the climate of the current month, said to be an average, not a forecast.
 */
@Singleton
class WeatherCapability implements Capability {

    private final LiveContext context;
    private final WeatherSource weather;
    private final Messages messages;
    private final Wording wording;

    WeatherCapability(LiveContext context, WeatherSource weather, Messages messages, Wording wording) {
        this.context = context;
        this.weather = weather;
        this.messages = messages;
        this.wording = wording;
    }

    @Override
    public Intent intent() {
        return Intent.WEATHER;
    }

    @Override
    public Answer answer(Question q) {
        String language = q.language();
        DestinationRecord destination = q.destination();
        String country = wording.country(destination, language);
        LocalDate today = LocalDate.ofInstant(q.now(), ZoneOffset.UTC);
        boolean tomorrow = "tomorrow".equals(q.topic());
        LocalDate day = tomorrow ? today.plusDays(1) : today;

        List<Alert> alerts = context.gather(destination.id(), new Trip(today, day, today), q.location()).alerts().stream()
                .filter(a -> "weather".equals(a.type())).toList();
        List<String> sentences = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("destinationId", destination.id());
        data.put("alerts", alerts.stream().map(WeatherCapability::alertData).toList());
        if (!alerts.isEmpty()) {
            sentences.add(messages.text(language, "weather.alerts", "country", country, "alerts",
                    String.join("; ", alerts.stream().map(a -> a.message() + " (" + messages.template(language,
                            "severity." + a.severity()) + ")").toList())));
        }

        Sourced<Forecast> forecast = weather.forecast(destination);
        Optional<ForecastDay> forecastDay = forecast.present().flatMap(f -> f.between(day, day).stream().findFirst());
        String display;
        if (forecastDay.isPresent()) {
            ForecastDay d = forecastDay.get();
            String place = destination.capital() != null ? destination.capital().name() : country;
            sentences.add(messages.text(language, tomorrow ? "weather.forecast.tomorrow" : "weather.forecast.today",
                    "place", place, "condition", condition(d.weatherCode(), language),
                    "min", value(d.minTempC(), language), "max", value(d.maxTempC(), language),
                    "rain", value(d.precipitationMm(), language), "source", forecast.source(),
                    "asOf", forecast.asOf() == null ? "" : forecast.asOf()));
            d.severity().ifPresent(s -> sentences.add(messages.text(language, "weather.severe", "what", s)));
            data.put("forecast", forecastData(d, place, forecast));
            display = value(d.minTempC(), language) + "–" + value(d.maxTempC(), language) + " °C · "
                    + value(d.precipitationMm(), language) + " mm";
        } else {
            int month = day.getMonthValue();
            Optional<MonthClimate> climate = destination.climate().stream()
                    .filter(m -> m.month() == month && m.meanTempC() != null).findFirst();
            String why = forecast.freshness() == Freshness.BUNDLED ? "weather.noLiveForecast" : "weather.forecastUnavailable";
            if (climate.isEmpty()) {
                sentences.add(messages.text(language, "weather.noData", "country", country));
                display = messages.template(language, "weather.display.none");
            } else {
                MonthClimate m = climate.get();
                sentences.add(messages.template(language, why));
                sentences.add(messages.text(language, "weather.climate", "month", wording.month(month, language),
                        "country", country, "mean", value(m.meanTempC(), language), "min", value(m.minTempC(), language),
                        "max", value(m.maxTempC(), language), "rain", value(m.precipMm(), language),
                        "source", destination.climateSource(), "years", destination.climateAsOf()));
                data.put("climate", climateData(m, destination));
                display = messages.text(language, "weather.display.climate", "month", wording.month(month, language),
                        "mean", value(m.meanTempC(), language), "rain", value(m.precipMm(), language));
            }
            data.put("forecastStatus", forecast.freshness().wire());
        }
        if (alerts.isEmpty()) {
            sentences.add(messages.text(language, "weather.noAlerts", "country", country));
        }
        return new Answer(String.join(" ", sentences), List.of(new AssistantAction(Intent.WEATHER.wire(), data, display)),
                Intent.WEATHER, q.topic());
    }

    private String value(Double value, String language) {
        return value == null ? "?" : wording.number(value, language);
    }

    /** WMO weather interpretation codes, grouped the way a traveller would say them. */
    private String condition(Integer code, String language) {
        String key;
        if (code == null) {
            key = "wmo.unknown";
        } else if (code == 0) {
            key = "wmo.clear";
        } else if (code <= 3) {
            key = "wmo.cloudy";
        } else if (code == 45 || code == 48) {
            key = "wmo.fog";
        } else if (code >= 51 && code <= 57) {
            key = "wmo.drizzle";
        } else if (code >= 61 && code <= 67) {
            key = "wmo.rain";
        } else if (code >= 71 && code <= 77) {
            key = "wmo.snow";
        } else if (code >= 80 && code <= 82) {
            key = "wmo.showers";
        } else if (code == 85 || code == 86) {
            key = "wmo.snow";
        } else if (code >= 95) {
            key = "wmo.thunderstorm";
        } else {
            key = "wmo.unknown";
        }
        return messages.template(language, key);
    }

    private static Map<String, Object> alertData(Alert a) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", a.id());
        data.put("severity", a.severity());
        data.put("message", a.message());
        data.put("source", a.source());
        data.put("issuedAt", a.issuedAt());
        return data;
    }

    private static Map<String, Object> forecastData(ForecastDay d, String place, Sourced<Forecast> forecast) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("date", d.date().toString());
        data.put("place", place);
        data.put("weatherCode", d.weatherCode());
        data.put("minTempC", d.minTempC());
        data.put("maxTempC", d.maxTempC());
        data.put("precipitationMm", d.precipitationMm());
        data.put("source", forecast.source());
        data.put("status", forecast.freshness().wire());
        data.put("fetchedAt", forecast.asOf());
        return data;
    }

    private static Map<String, Object> climateData(MonthClimate m, DestinationRecord destination) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("month", m.month());
        data.put("meanTempC", m.meanTempC());
        data.put("minTempC", m.minTempC());
        data.put("maxTempC", m.maxTempC());
        data.put("precipitationMm", m.precipMm());
        data.put("source", destination.climateSource());
        data.put("years", destination.climateAsOf());
        return data;
    }
}
