package travel.confidence.service.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import travel.confidence.rules.ruleset.DecisionTableGrid;

/**
 * A decision table as an editor grid: the lines before it, one header per column, and the rows, converted to
 * and from the Drools CSV layout without loss. When writing, {@code preamble} and {@code columns} may be left
 * out to keep the table's own.
 *
 * @param lines the table line (1-based, as a spreadsheet numbers rows) of each row, for matching validation
 *              problems to rows; ignored when writing
 */
@Serdeable
record TableRows(@Nullable String path, @Nullable String name, @Nullable List<List<String>> preamble,
                 @Nullable List<Column> columns, @Nullable List<List<String>> rows, @Nullable List<Integer> lines) {

    /** A column: kind (NAME, CONDITION, ACTION), object type, code and label, as the CSV's four header lines hold them. */
    @Serdeable
    record Column(@Nullable String kind, @Nullable String objectType, @Nullable String code, @Nullable String label) {
    }

    static TableRows of(String path, DecisionTableGrid grid) {
        List<Integer> lines = new java.util.ArrayList<>();
        for (int i = 0; i < grid.rows().size(); i++) {
            lines.add(grid.lineOfRow(i));
        }
        return new TableRows(path, grid.name(), grid.preamble(), grid.columns().stream()
                .map(c -> new Column(c.kind(), c.objectType(), c.code(), c.label())).toList(), grid.rows(), lines);
    }
}
