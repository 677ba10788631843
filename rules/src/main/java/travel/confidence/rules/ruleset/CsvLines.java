package travel.confidence.rules.ruleset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV of a decision table as lines of cells, and back. Writing quotes a cell only when it must (a comma,
 * a quote or a line break in it) and ends every line with a newline, which is how the shipped tables are
 * written: reading a shipped table and writing it again gives the same text, byte for byte, so a table that
 * goes through the row editor or a spreadsheet unchanged keeps its version checksum.
 */
public final class CsvLines {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private CsvLines() {
    }

    /** Every line of the text as its cells; lines may have different numbers of cells. */
    public static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        try {
            for (CSVRecord record : FORMAT.parse(new StringReader(text))) {
                lines.add(List.copyOf(record.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not readable as CSV: " + e.getMessage(), e);
        }
        return lines;
    }

    public static String write(List<List<String>> lines) {
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(line.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
