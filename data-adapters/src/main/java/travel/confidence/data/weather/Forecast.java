package travel.confidence.data.weather;

import java.time.LocalDate;
import java.util.List;

/** A daily forecast for one place, earliest day first. */
public record Forecast(double latitude, double longitude, String timezone, List<ForecastDay> days) {

    public Forecast {
        days = List.copyOf(days);
    }

    /** The forecast days that fall between {@code from} and {@code to}, both included. */
    public List<ForecastDay> between(LocalDate from, LocalDate to) {
        return days.stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to)).toList();
    }

    public LocalDate lastDay() {
        return days.isEmpty() ? null : days.get(days.size() - 1).date();
    }
}
