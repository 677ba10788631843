package travel.confidence.console.rules;

import java.util.ArrayList;
import java.util.List;

/** One row of a decision table in the editor grid: its cells (edited in place) and its line in the table file. */
final class TableRow {

    private final List<String> cells;
    private final Integer line;

    TableRow(List<String> cells, Integer line) {
        this.cells = new ArrayList<>(cells);
        this.line = line;
    }

    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    void setCell(int column, String value) {
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, value == null ? "" : value);
    }

    Integer line() {
        return line;
    }

    List<String> cells(int width) {
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < width) {
            padded.add("");
        }
        return List.copyOf(padded.subList(0, width));
    }
}
