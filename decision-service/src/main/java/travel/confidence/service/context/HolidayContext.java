package travel.confidence.service.context;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import travel.confidence.api.score.DataFreshness;
import travel.confidence.data.holiday.Holiday;
import travel.confidence.data.holiday.HolidayCalendar;
import travel.confidence.rules.model.ContextSignal;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.score.ContextSnapshot;
import travel.confidence.service.score.ContextSource;

/**
 * Public holidays in the travel window, a sign of crowds and full transport. The bundled calendar covers
 * 2026 only: a trip outside it gets no signal and the response says the calendar does not cover its dates.
 */
@Singleton
class HolidayContext implements ContextSource, Ordered {

    private final HolidayCalendar calendar;

    HolidayContext(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public ContextSnapshot snapshot(String destinationId, Trip trip, @Nullable Location location) {
        LocalDate start = trip.getStartDate();
        LocalDate end = trip.getEndDate();
        String years = calendar.years().stream().map(String::valueOf).collect(Collectors.joining(", "));
        boolean touchesCalendar = calendar.years().stream().anyMatch(y -> y >= start.getYear() && y <= end.getYear());
        if (!touchesCalendar) {
            return new ContextSnapshot(List.of(), List.of(), List.of(), "holidays:uncovered",
                    List.of(new DataFreshness("holidays", calendar.source(), "bundled", years,
                            "The holiday calendar covers " + years + " only, so holidays in your dates are not checked")));
        }
        List<Holiday> holidays = calendar.publicHolidays(destinationId, start, end);
        long days = holidays.stream().map(Holiday::date).distinct().count();
        String detail = holidays.stream()
                .map(h -> h.name() + " on " + Dates.dayMonth(h.date()) + (h.estimated() ? " (estimated)" : ""))
                .collect(Collectors.joining("; "));
        String note = calendar.covers(start, end) ? null
                : "The holiday calendar covers " + years + " only; the rest of your dates are not checked";
        ContextSignal signal = ContextSignal.of(ContextSignal.PUBLIC_HOLIDAYS, days, detail, calendar.source(), years);
        return new ContextSnapshot(List.of(signal), List.of(), List.of(), "holidays:" + days,
                List.of(new DataFreshness("holidays", calendar.source(), "bundled", years, note)));
    }

    @Override
    public int getOrder() {
        return 40;
    }
}
