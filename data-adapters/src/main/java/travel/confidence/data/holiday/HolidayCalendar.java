package travel.confidence.data.holiday;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Nationwide public holidays by destination, for the years the calendar covers. */
public interface HolidayCalendar {

    /** Public holidays at the destination from {@code from} to {@code to}, both included, in date order. */
    List<Holiday> publicHolidays(String destinationId, LocalDate from, LocalDate to);

    /** The years the calendar holds; outside them it knows nothing (which is not the same as no holidays). */
    Set<Integer> years();

    /** Who publishes the calendar. */
    String source();

    default boolean covers(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!years().contains(year)) {
                return false;
            }
        }
        return true;
    }
}
