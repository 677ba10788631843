package travel.confidence.data.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Edits a CSV text the way a careless hand or a changed source would: drops one column. */
public final class CsvColumns {

    private CsvColumns() {
    }

    public static String drop(String csv, String column) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            List<String> header = new ArrayList<>(parser.getHeaderNames());
            if (!header.remove(column)) {
                throw new IllegalArgumentException("the file has no column " + column);
            }
            StringWriter out = new StringWriter();
            try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get()
                    .print(out)) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>();
                    header.forEach(name -> cells.add(record.get(name)));
                    printer.printRecord(cells);
                }
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
