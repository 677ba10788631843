package travel.confidence.rules.model;

import java.util.Objects;

/**
 * One piece of live context for a decision, as a number the context table can test: days to departure, how
 * many alerts of a type and severity are in force, severe-weather days forecast in the travel window, public
 * holidays in the window, the distance from the traveller to an alert's area. Built by the service from the
 * data sources; the rules only read it.
 *
 * @param kind    what is measured, one of the constants below
 * @param subject what it is about, where a kind has several (the alert type), else empty
 * @param level   a grade, where a kind has one (the alert severity), else empty
 * @param value   the number the rows test
 * @param detail  words for the traveller that the matching row's reason is followed by ("Labour Day on 1 May")
 * @param source  where the value comes from
 * @param asOf    when the source published or we fetched it
 */
public record ContextSignal(String kind, String subject, String level, double value, String detail, String source,
                            String asOf) {

    /** Whole days from today to the first day of the trip (negative once it has started). */
    public static final String DAYS_TO_DEPARTURE = "daysToDeparture";
    /** Alerts in force for the destination with this type (subject) and severity (level); value = how many. */
    public static final String ACTIVE_ALERTS = "activeAlerts";
    /** Days of the travel window the forecast covers with severe weather. */
    public static final String SEVERE_WEATHER_DAYS = "severeWeatherDays";
    /** Days of the travel window that are public holidays at the destination. */
    public static final String PUBLIC_HOLIDAYS = "publicHolidays";
    /** Kilometres from the traveller to the edge of an alert's area (0 inside); subject and level as the alert's. */
    public static final String ALERT_DISTANCE_KM = "alertDistanceKm";

    public ContextSignal {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        level = level == null ? "" : level;
        detail = detail == null ? "" : detail.strip();
        source = source == null ? "" : source;
        asOf = asOf == null ? "" : asOf;
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(kind + " must be a finite number, was " + value);
        }
    }

    /** A signal with no subject or level. */
    public static ContextSignal of(String kind, double value, String detail, String source, String asOf) {
        return new ContextSignal(kind, "", "", value, detail, source, asOf);
    }
}
