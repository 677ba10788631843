package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A decision table as an editor grid: the lines before it, one header per column, and the rows of cells.
 * Writing back only the rows keeps the table's preamble and columns.
 *
 * @param lines the table line (1-based, as a spreadsheet numbers rows) of each row, matching validation problems
 */
@Serdeable
public record DecisionTable(@Nullable String path, @Nullable String name, @Nullable List<List<String>> preamble,
                            @Nullable List<Column> columns, @Nullable List<List<String>> rows,
                            @Nullable List<Integer> lines) {

    public DecisionTable {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Only the rows, to replace a draft table's rows and keep everything else. */
    public static DecisionTable rowsOnly(List<List<String>> rows) {
        return new DecisionTable(null, null, null, null, rows, null);
    }

    /** A column: NAME, CONDITION or ACTION, with the object type, the code template and the label staff read. */
    @Serdeable
    public record Column(@Nullable String kind, @Nullable String objectType, @Nullable String code,
                         @Nullable String label) {
    }

    /** One table of a version, as the tables list shows it. */
    @Serdeable
    public record Summary(String name, String path, @Nullable String table, int rows) {
    }
}
