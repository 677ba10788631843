package travel.confidence.service.governance;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import travel.confidence.rules.ruleset.CsvLines;
import travel.confidence.rules.ruleset.DecisionTableGrid;
import travel.confidence.rules.ruleset.RuleSet;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.error.ConflictException;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.rules.RuleVersionName;

/**
 * A version's decision tables as rows (JSON) and as an Excel workbook, and changes to a draft's tables through
 * either. Whatever comes in is turned into the table's CSV layout and read back before it is stored, so what is
 * stored is always a table the row editor can show again.
 */
@Singleton
class DecisionTableEditor {

    /** Sheet names in Excel are at most 31 characters, so table names are too. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,30}");
    private static final String SUFFIX = ".drl.csv";

    /** One table of a version, as the tables list shows it. */
    @Serdeable
    record TableSummary(String name, String path, String table, int rows) {
    }

    private final RuleVersions versions;
    private final CompiledVersions compiled;

    DecisionTableEditor(RuleVersions versions, CompiledVersions compiled) {
        this.versions = versions;
        this.compiled = compiled;
    }

    static String path(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw InvalidInputException.field("name", "a table name is 1-31 letters, digits, '-' or '_', starting with a letter or digit");
        }
        return RuleSet.TABLES + name + SUFFIX;
    }

    private static String nameOf(String path) {
        return path.substring(RuleSet.TABLES.length(), path.length() - SUFFIX.length());
    }

    List<TableSummary> tables(long id) {
        versions.require(id);
        List<TableSummary> tables = new ArrayList<>();
        compiled.ruleSet(id).decisionTables().forEach((path, csv) -> {
            String table;
            int rows;
            try {
                DecisionTableGrid grid = DecisionTableGrid.parse(csv);
                table = grid.name();
                rows = grid.rows().size();
            } catch (RuntimeException e) {
                table = null;
                rows = 0;
            }
            tables.add(new TableSummary(nameOf(path), path, table, rows));
        });
        return tables;
    }

    TableRows rows(long id, String name) {
        String path = path(name);
        return TableRows.of(path, grid(path, csv(id, path)));
    }

    VersionSummary putRows(AdminPrincipal who, long id, String name, TableRows body) {
        String path = path(name);
        versions.requireDraft(id);
        DecisionTableGrid existing = versions.file(id, path).map(csv -> grid(path, csv)).orElse(null);
        if (body == null || body.rows() == null) {
            throw InvalidInputException.field("rows", "is required: the table's rows, each a list of cells");
        }
        List<List<String>> preamble = body.preamble() != null ? cells(body.preamble(), "preamble")
                : existing != null ? existing.preamble() : null;
        List<DecisionTableGrid.Column> columns = body.columns() != null ? columns(body.columns())
                : existing != null ? existing.columns() : null;
        if (preamble == null) {
            throw InvalidInputException.field("preamble", "is required for a new table: the lines up to 'RuleTable NAME'");
        }
        if (columns == null || columns.isEmpty()) {
            throw InvalidInputException.field("columns", "is required for a new table");
        }
        List<List<String>> rows = cells(body.rows(), "rows");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw InvalidInputException.field("rows[" + i + "]", "has " + rows.get(i).size()
                        + " cells; the table has " + columns.size() + " columns");
            }
        }
        DecisionTableGrid grid;
        try {
            grid = new DecisionTableGrid(preamble, columns, rows);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("preamble", e.getMessage());
        }
        String csv = grid.toCsv();
        requireReadsBack(path, csv, grid);
        return versions.change(who, id, "table.update", "Edited the rows of " + path + " in " + RuleVersionName.of(id),
                Map.of(path, csv));
    }

    byte[] exportTable(long id, String name) {
        String path = path(name);
        Map<String, List<List<String>>> sheet = new LinkedHashMap<>();
        sheet.put(name, CsvLines.parse(csv(id, path)));
        return TableWorkbooks.write(sheet);
    }

    byte[] exportAll(long id) {
        versions.require(id);
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        compiled.ruleSet(id).decisionTables().forEach((path, csv) -> sheets.put(nameOf(path), CsvLines.parse(csv)));
        return TableWorkbooks.write(sheets);
    }

    /** Replaces one table with a workbook's sheet of the same name (or its only sheet). */
    VersionSummary importTable(AdminPrincipal who, long id, String name, byte[] workbook) {
        String path = path(name);
        versions.requireDraft(id);
        Map<String, List<List<String>>> sheets = read(workbook);
        List<List<String>> lines = sheets.containsKey(name) ? sheets.get(name)
                : sheets.size() == 1 ? sheets.values().iterator().next() : null;
        if (lines == null) {
            throw InvalidInputException.field("workbook", "has no sheet named '" + name + "'");
        }
        String csv = tableCsv(path, lines, "workbook");
        return versions.change(who, id, "table.import", "Imported " + path + " from a workbook into "
                + RuleVersionName.of(id), Map.of(path, csv));
    }

    /** Replaces every table that has a sheet of its name; a sheet with a new name adds a table. */
    VersionSummary importAll(AdminPrincipal who, long id, byte[] workbook) {
        versions.requireDraft(id);
        Map<String, String> changes = new LinkedHashMap<>();
        read(workbook).forEach((sheet, lines) -> {
            String path;
            try {
                path = path(sheet);
            } catch (InvalidInputException e) {
                throw InvalidInputException.field("workbook." + sheet, "is not a usable table name: 1-31 letters, "
                        + "digits, '-' or '_'");
            }
            changes.put(path, tableCsv(path, lines, "workbook." + sheet));
        });
        if (changes.isEmpty()) {
            throw InvalidInputException.field("workbook", "has no sheets");
        }
        return versions.change(who, id, "table.import", "Imported " + changes.size() + " table(s) from a workbook into "
                + RuleVersionName.of(id), changes);
    }

    private static Map<String, List<List<String>>> read(byte[] workbook) {
        if (workbook == null || workbook.length == 0) {
            throw InvalidInputException.field("workbook", "is required: send the .xlsx file as the request body");
        }
        try {
            return TableWorkbooks.read(workbook);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw InvalidInputException.field("workbook", "is not an Excel (.xlsx) workbook");
        }
    }

    private static String tableCsv(String path, List<List<String>> lines, String field) {
        DecisionTableGrid grid;
        try {
            grid = DecisionTableGrid.parse(CsvLines.write(lines));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "is not a decision table: " + e.getMessage());
        }
        String csv = grid.toCsv();
        requireReadsBack(path, csv, grid);
        return csv;
    }

    private static void requireReadsBack(String path, String csv, DecisionTableGrid grid) {
        DecisionTableGrid back;
        try {
            back = DecisionTableGrid.parse(csv);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("preamble", "would not read back as a table: " + e.getMessage());
        }
        if (!back.equals(grid)) {
            throw InvalidInputException.field("preamble", "would not read back as the same table; only its last line "
                    + "may start with 'RuleTable'");
        }
    }

    private String csv(long id, String path) {
        return versions.file(id, path).orElseThrow(() -> new NotFoundException("TABLE_NOT_FOUND",
                "No table " + path + " in " + RuleVersionName.of(id), Map.of("field", "name", "value", path)));
    }

    private static DecisionTableGrid grid(String path, String csv) {
        try {
            return DecisionTableGrid.parse(csv);
        } catch (IllegalArgumentException e) {
            throw new ConflictException("TABLE_UNREADABLE", path
                    + " is not in the decision table layout the row editor reads: " + e.getMessage(),
                    Map.of("field", "name", "value", path));
        }
    }

    private static List<List<String>> cells(List<List<String>> lines, String field) {
        List<List<String>> copy = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null) {
                throw InvalidInputException.field(field + "[" + i + "]", "must be a list of cells");
            }
            copy.add(lines.get(i).stream().map(c -> c == null ? "" : c).toList());
        }
        return copy;
    }

    private static List<DecisionTableGrid.Column> columns(List<TableRows.Column> given) {
        List<DecisionTableGrid.Column> columns = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            TableRows.Column c = given.get(i);
            if (c == null) {
                throw InvalidInputException.field("columns[" + i + "]", "must be a column");
            }
            columns.add(new DecisionTableGrid.Column(c.kind(), c.objectType(), c.code(), c.label()));
        }
        return columns;
    }
}
