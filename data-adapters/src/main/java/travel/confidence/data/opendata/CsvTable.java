package travel.confidence.data.opendata;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, checked up front for the columns the loader needs, so that a file that has
 * lost a column fails loudly with its name instead of loading as empty values. Public for the other open data
 * readers (phrasebook, cities, diplomatic missions), which check their columns the same way.
 */
public final class CsvTable {

    private final String file;
    private final List<CSVRecord> records;

    private CsvTable(String file, List<CSVRecord> records) {
        this.file = file;
        this.records = records;
    }

    public static CsvTable parse(String file, String text, List<String> requiredColumns) {
        try {
            // A World Bank download ends every line with a comma: an unnamed last column, which we never read.
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setAllowMissingColumnNames(true).get()
                    .parse(new StringReader(stripBom(text)));
            List<String> missing = new ArrayList<>();
            for (String column : requiredColumns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                throw new OpenDataFormatException(file, "missing column(s) " + missing);
            }
            return new CsvTable(file, parser.getRecords());
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new OpenDataFormatException(file, "not valid CSV: " + e.getMessage());
        }
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public List<CSVRecord> records() {
        return records;
    }

    public String file() {
        return file;
    }

    public static Optional<String> text(CSVRecord record, String column) {
        String value = record.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public Optional<Double> number(CSVRecord record, String column) {
        Optional<String> value = text(record, column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(value.get()));
        } catch (NumberFormatException e) {
            throw new OpenDataFormatException(file, "line " + record.getRecordNumber() + ", column " + column
                    + ": '" + value.get() + "' is not a number");
        }
    }

    public static List<String> list(CSVRecord record, String column) {
        return text(record, column).map(v -> List.of(v.split("\\|"))).orElse(List.of());
    }
}
