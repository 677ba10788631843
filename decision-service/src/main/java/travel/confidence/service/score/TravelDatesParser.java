package travel.confidence.service.score;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import travel.confidence.api.score.TravelDates;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.InvalidInputException.FieldError;

/**
 * Reads the seed's travel dates: ISO 8601 dates, or date-times read as their date. The end may not be
 * before the start, and a trip may not be longer than a year or outside the years 2000-2100.
 */
public final class TravelDatesParser {

    /** The parsed window. */
    public record Window(LocalDate start, LocalDate end) {
    }

    private static final int MAX_DAYS = 366;

    private TravelDatesParser() {
    }

    public static Window parse(TravelDates dates, String path) {
        if (dates == null) {
            throw InvalidInputException.field(path, "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date(dates.startDate(), path + ".startDate", errors);
        LocalDate end = date(dates.endDate(), path + ".endDate", errors);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(new FieldError(path + ".endDate", "must not be before startDate"));
            } else if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
                errors.add(new FieldError(path + ".endDate", "a trip may last at most " + MAX_DAYS + " days"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Window(start, end);
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            try {
                date = OffsetDateTime.parse(text.strip()).toLocalDate();
            } catch (DateTimeParseException notADateTime) {
                errors.add(new FieldError(field, "must be an ISO 8601 date such as 2027-03-10"));
                return null;
            }
        }
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            errors.add(new FieldError(field, "must be between the years 2000 and 2100"));
            return null;
        }
        return date;
    }
}
