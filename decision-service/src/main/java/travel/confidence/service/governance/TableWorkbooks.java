package travel.confidence.service.governance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Decision tables as an Excel workbook (.xlsx) and back, one sheet per table, one spreadsheet row per CSV line,
 * every cell written as text so that "0.35" stays "0.35". Reading takes what staff typed: text as it is, numbers
 * in their shortest decimal form, booleans as true/false, formulas by their value. A workbook exported and
 * imported unchanged gives back the same lines, so the version keeps its checksum.
 */
final class TableWorkbooks {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableWorkbooks() {
    }

    /** A workbook with one sheet per table, in the given order; each table is its lines of cells. */
    static byte[] write(Map<String, List<List<String>>> sheets) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, lines) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < lines.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = lines.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        row.createCell(c, CellType.STRING).setCellValue(cells.get(c));
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sheet of a workbook as its lines of cells, by sheet name in workbook order. */
    static Map<String, List<List<String>>> read(byte[] bytes) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                List<List<String>> lines = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    int width = row == null ? 0 : Math.max(0, row.getLastCellNum());
                    for (int c = 0; c < width; c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    if (cells.isEmpty()) {
                        cells.add("");
                    }
                    lines.add(cells);
                }
                sheets.put(sheet.getSheetName(), lines);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not an Excel workbook: " + e.getMessage(), e);
        }
        return sheets;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** A number typed into a cell, as the shortest decimal that reads back as it (100, 0.35, -80). */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
