package travel.confidence.rules.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/**
 * The travel window. {@link #monthDays()} says how many days of the trip fall in each calendar month, so
 * that climate is weighted by the time actually spent in each month.
 */
public final class Trip {

    private final LocalDate startDate;
    private final LocalDate endDate;
    private final long daysToDeparture;
    private final int[] monthDays;

    public Trip(LocalDate startDate, LocalDate endDate, LocalDate today) {
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        this.endDate = Objects.requireNonNull(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate " + endDate + " is before startDate " + startDate);
        }
        this.daysToDeparture = ChronoUnit.DAYS.between(Objects.requireNonNull(today, "today"), startDate);
        this.monthDays = countDaysPerMonth(startDate, endDate);
    }

    private static int[] countDaysPerMonth(LocalDate start, LocalDate end) {
        int[] days = new int[12];
        long length = ChronoUnit.DAYS.between(start, end) + 1;
        if (length >= 365) {
            Arrays.fill(days, 1); // a year or more: every month counts alike
            return days;
        }
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            days[d.getMonthValue() - 1]++;
        }
        return days;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    /** Negative when the trip has already started. */
    public long getDaysToDeparture() {
        return daysToDeparture;
    }

    /** Days of the trip in each month, January first; a copy. */
    public int[] monthDays() {
        return monthDays.clone();
    }

    public int getLengthDays() {
        return (int) ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    @Override
    public String toString() {
        return "Trip[" + startDate + " to " + endDate + ", " + daysToDeparture + " days to departure]";
    }
}
