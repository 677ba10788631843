package travel.confidence.service.observability;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the fetch time of a DataFreshness entry: an instant for live and cached data, the source's date (or
 * month, or year) for bundled data. A date counts from its start (UTC). Parsed values are remembered, because
 * the same few values arrive with every decision.
 */
final class FetchTimes {

    private static final int REMEMBERED = 4096;
    private static final Map<String, Instant> PARSED = new ConcurrentHashMap<>();
    private static final Instant UNREADABLE = Instant.MIN;

    private FetchTimes() {
    }

    @Nullable
    static Instant parse(@Nullable String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return null;
        }
        Instant known = PARSED.get(text);
        if (known == null) {
            known = read(text.trim());
            if (PARSED.size() < REMEMBERED) {
                PARSED.put(text, known);
            }
        }
        return known == UNREADABLE ? null : known;
    }

    private static Instant read(String text) {
        try {
            if (text.contains("T")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return switch (text.length()) {
                case 4 -> Year.parse(text).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case 7 -> YearMonth.parse(text).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case 10 -> LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                default -> UNREADABLE;
            };
        } catch (DateTimeParseException e) {
            return UNREADABLE;
        }
    }
}
