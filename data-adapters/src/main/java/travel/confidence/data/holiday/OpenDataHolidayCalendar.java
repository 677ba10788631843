package travel.confidence.data.holiday;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import travel.confidence.data.opendata.OpenDataFormatException;
import travel.confidence.data.opendata.OpenDataSettings;

/**
 * The bundled {@code holidays_2026.csv} (python {@code holidays} package snapshots, nationwide holidays only):
 * the rows marked {@code is_public}, by their public name. It holds 2026 only, so trips in other years get no
 * holiday signal. A newer file in the same layout can be dropped into the open data directory.
 */
@Singleton
class OpenDataHolidayCalendar implements HolidayCalendar {

    static final String FILE = "holidays_2026.csv";
    static final String SOURCE = "vacanza/holidays national public holidays";

    private final Map<String, List<Holiday>> byDestination;
    private final Set<Integer> years;

    @Inject
    OpenDataHolidayCalendar(OpenDataSettings openData) {
        this(openData.files().read(FILE));
    }

    OpenDataHolidayCalendar(String csv) {
        Map<String, List<Holiday>> holidays = new HashMap<>();
        Set<Integer> seenYears = new TreeSet<>();
        try {
            String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text))) {
                LocalDate date = LocalDate.parse(row.get("date"));
                seenYears.add(date.getYear());
                if (!"1".equals(row.get("is_public"))) {
                    continue;
                }
                String name = row.get("public_name").isBlank() ? row.get("name") : row.get("public_name");
                holidays.computeIfAbsent(row.get("iso2").toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new Holiday(row.get("iso2"), date, name, "1".equals(row.get("estimated"))));
            }
        } catch (IOException | RuntimeException e) {
            throw new OpenDataFormatException(FILE, "cannot be read: " + e.getMessage());
        }
        holidays.replaceAll((k, v) -> v.stream().sorted(java.util.Comparator.comparing(Holiday::date)).toList());
        this.byDestination = Map.copyOf(holidays);
        this.years = Set.copyOf(seenYears);
    }

    @Override
    public List<Holiday> publicHolidays(String destinationId, LocalDate from, LocalDate to) {
        if (destinationId == null) {
            return List.of();
        }
        return byDestination.getOrDefault(destinationId.toUpperCase(Locale.ROOT), List.of()).stream()
                .filter(h -> !h.date().isBefore(from) && !h.date().isAfter(to)).toList();
    }

    @Override
    public Set<Integer> years() {
        return years;
    }

    @Override
    public String source() {
        return SOURCE + " " + years.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
