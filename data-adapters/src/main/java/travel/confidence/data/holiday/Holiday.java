package travel.confidence.data.holiday;

import java.time.LocalDate;

/** A nationwide public holiday; {@code estimated} when the date is computed (lunar and Islamic holidays). */
public record Holiday(String destinationId, LocalDate date, String name, boolean estimated) {
}
