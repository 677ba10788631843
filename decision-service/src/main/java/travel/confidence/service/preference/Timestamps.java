package travel.confidence.service.preference;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import travel.confidence.service.error.InvalidInputException;

/** Reads the seed's ISO 8601 timestamps. Without an offset a time is ambiguous, so one is required. */
final class Timestamps {

    private Timestamps() {
    }

    /** The instant, kept to the millisecond (what the document store holds). */
    static Instant parse(String field, String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field,
                    "must be an ISO 8601 date-time with an offset, such as 2026-11-27T10:15:30Z");
        }
    }
}
