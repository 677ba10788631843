package travel.confidence.rules.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A decision table in Drools' CSV layout as a grid an editor can show: the lines before the table
 * ({@code RuleSet}, {@code Import}, {@code Notes} ... up to {@code RuleTable NAME}), one header per column
 * (kind: NAME, CONDITION or ACTION; object type; code; label) and the rows. {@link #parse} and {@link #toCsv}
 * are inverses: a table read and written again is the same text.
 *
 * @param preamble the lines up to and including {@code RuleTable NAME}, each as its cells
 * @param columns  one header per column
 * @param rows     one list of cells per rule, exactly as many cells as columns
 */
public record DecisionTableGrid(List<List<String>> preamble, List<Column> columns, List<List<String>> rows) {

    /** Where a table's first rule sits below the {@code RuleTable} line: kinds, object types, code, labels. */
    private static final int HEADER_LINES = 4;
    private static final String RULE_TABLE = "RuleTable";

    /** One column: what Drools makes of it (kind, object type, code) and what people read (label). */
    public record Column(String kind, String objectType, String code, String label) {

        public Column {
            kind = Objects.requireNonNullElse(kind, "");
            objectType = Objects.requireNonNullElse(objectType, "");
            code = Objects.requireNonNullElse(code, "");
            label = Objects.requireNonNullElse(label, "");
        }
    }

    public DecisionTableGrid {
        preamble = preamble.stream().map(List::copyOf).toList();
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        if (preamble.isEmpty() || !isRuleTableLine(preamble.get(preamble.size() - 1))) {
            throw new IllegalArgumentException("the lines before the table must end with a 'RuleTable NAME' line");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size() + " cells; the table has "
                        + columns.size() + " columns");
            }
        }
    }

    public static DecisionTableGrid parse(String csv) {
        List<List<String>> lines = CsvLines.parse(csv);
        int tableLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (isRuleTableLine(lines.get(i))) {
                if (tableLine >= 0) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": one table per file; a second RuleTable starts here");
                }
                tableLine = i;
            }
        }
        if (tableLine < 0) {
            throw new IllegalArgumentException("no 'RuleTable NAME' line");
        }
        if (lines.size() < tableLine + 1 + HEADER_LINES) {
            throw new IllegalArgumentException("line " + (tableLine + 1) + ": a table needs four header lines (kinds, "
                    + "object types, code, labels) below its RuleTable line");
        }
        List<String> kinds = lines.get(tableLine + 1);
        int width = kinds.size();
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            columns.add(new Column(kinds.get(c), cell(lines.get(tableLine + 2), c), cell(lines.get(tableLine + 3), c),
                    cell(lines.get(tableLine + 4), c)));
        }
        for (int h = 2; h <= HEADER_LINES; h++) {
            if (lines.get(tableLine + h).size() > width) {
                throw new IllegalArgumentException("line " + (tableLine + 1 + h) + " has more cells than the table has columns");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = tableLine + 1 + HEADER_LINES; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            if (line.size() > width) {
                throw new IllegalArgumentException("line " + (i + 1) + " has " + line.size() + " cells; the table has "
                        + width + " columns");
            }
            List<String> row = new ArrayList<>(line);
            while (row.size() < width) {
                row.add("");
            }
            rows.add(row);
        }
        return new DecisionTableGrid(lines.subList(0, tableLine + 1), columns, rows);
    }

    private static boolean isRuleTableLine(List<String> line) {
        return !line.isEmpty() && line.get(0).strip().startsWith(RULE_TABLE);
    }

    private static String cell(List<String> line, int index) {
        return index < line.size() ? line.get(index) : "";
    }

    public String toCsv() {
        List<List<String>> lines = new ArrayList<>(preamble);
        lines.add(columns.stream().map(Column::kind).toList());
        lines.add(columns.stream().map(Column::objectType).toList());
        lines.add(columns.stream().map(Column::code).toList());
        lines.add(columns.stream().map(Column::label).toList());
        lines.addAll(rows);
        return CsvLines.write(lines);
    }

    /** The table's name from its {@code RuleTable NAME} line. */
    public String name() {
        return preamble.get(preamble.size() - 1).get(0).strip().substring(RULE_TABLE.length()).strip();
    }

    /** The line of the file (1-based, as a spreadsheet numbers rows) that holds row {@code index} (0-based). */
    public int lineOfRow(int index) {
        return preamble.size() + HEADER_LINES + index + 1;
    }

    /** The same table with other rows. */
    public DecisionTableGrid withRows(List<List<String>> otherRows) {
        return new DecisionTableGrid(preamble, columns, otherRows);
    }
}
