package travel.confidence.data.opendata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * One World Bank indicator file in the World Bank's download layout: "Country Name, Country Code, Indicator
 * Name, Indicator Code" then one column per year. The four preamble lines of a fresh download are skipped,
 * so a newer file from the World Bank can be dropped in unchanged.
 */
final class WorldBankSeries {

    /** A value and the year it is for. */
    record YearValue(int year, double value) {
    }

    private final Map<String, Map<Integer, Double>> byIso3 = new HashMap<>();

    static WorldBankSeries parse(WorldBankIndicator indicator, String text) {
        String body = CsvTable.stripBom(text);
        int header = body.indexOf("\"Country Name\"");
        if (header < 0) {
            header = body.indexOf("Country Name");
        }
        if (header < 0) {
            throw new OpenDataFormatException(indicator.file(), "no 'Country Name' header: not the World Bank layout");
        }
        CsvTable table = CsvTable.parse(indicator.file(), body.substring(header), List.of("Country Code", "Indicator Code"));
        WorldBankSeries series = new WorldBankSeries();
        for (CSVRecord record : table.records()) {
            String code = CsvTable.text(record, "Indicator Code").orElse("");
            if (!code.equals(indicator.code())) {
                throw new OpenDataFormatException(indicator.file(), "line " + record.getRecordNumber()
                        + " is for indicator " + code + ", not " + indicator.code());
            }
            Map<Integer, Double> years = new HashMap<>();
            record.toMap().forEach((column, value) -> {
                if (column.matches("\\d{4}") && value != null && !value.isBlank()) {
                    years.put(Integer.parseInt(column), table.number(record, column).orElseThrow());
                }
            });
            series.byIso3.put(record.get("Country Code"), years);
        }
        return series;
    }

    /** The most recent value at or after {@code oldestYear}. */
    Optional<YearValue> latest(String iso3, int oldestYear) {
        return Optional.ofNullable(byIso3.get(iso3)).flatMap(years -> years.entrySet().stream()
                .filter(e -> e.getKey() >= oldestYear)
                .max(Map.Entry.comparingByKey())
                .map(e -> new YearValue(e.getKey(), e.getValue())));
    }

    Optional<Double> in(String iso3, int year) {
        return Optional.ofNullable(byIso3.get(iso3)).map(years -> years.get(year));
    }
}
