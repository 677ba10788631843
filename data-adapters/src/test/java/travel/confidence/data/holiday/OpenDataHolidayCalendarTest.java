package travel.confidence.data.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import travel.confidence.data.opendata.OpenDataFiles;

class OpenDataHolidayCalendarTest {

    private final HolidayCalendar calendar =
            new OpenDataHolidayCalendar(OpenDataFiles.bundled().read(OpenDataHolidayCalendar.FILE));

    @Test
    void golden_week_is_four_public_holidays_and_a_substitute_day() {
        assertThat(calendar.publicHolidays("jp", LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 7)))
                .extracting(Holiday::name)
                .containsExactly("Showa Day", "Constitution Day", "Greenery Day", "Children's Day", "Substitute Holiday");
    }

    @Test
    void observances_that_are_not_public_holidays_do_not_count() {
        // Halloween is in the US calendar as an observance, not a public holiday.
        assertThat(calendar.publicHolidays("US", LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31))).isEmpty();
        assertThat(calendar.publicHolidays("US", LocalDate.of(2026, 7, 4), LocalDate.of(2026, 7, 4)))
                .extracting(Holiday::name).containsExactly("Independence Day");
    }

    @Test
    void the_bundled_calendar_covers_2026_only() {
        assertThat(calendar.years()).containsExactly(2026);
        assertThat(calendar.covers(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(calendar.source()).endsWith("2026");
    }
}
