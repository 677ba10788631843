package travel.confidence.service.context;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a traveller reads them in a reason: "3 May". */
final class Dates {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Dates() {
    }

    static String dayMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }
}
