package travel.confidence.service.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import travel.confidence.rules.ruleset.BundledRuleSet;
import travel.confidence.rules.ruleset.CsvLines;
import travel.confidence.rules.ruleset.RuleSet;

class TableWorkbooksTest {

    private static final RuleSet BUNDLED = BundledRuleSet.load();

    @Test
    void every_shipped_table_goes_through_a_workbook_and_comes_back_as_the_same_text() {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        BUNDLED.decisionTables().forEach((path, csv) -> sheets.put(sheet(path), CsvLines.parse(csv)));

        Map<String, List<List<String>>> back = TableWorkbooks.read(TableWorkbooks.write(sheets));

        assertThat(back.keySet()).containsExactlyElementsOf(sheets.keySet());
        BUNDLED.decisionTables().forEach((path, csv) -> assertThat(CsvLines.write(back.get(sheet(path)))).as(path).isEqualTo(csv));
    }

    private static String sheet(String path) {
        return path.substring("tables/".length(), path.length() - ".drl.csv".length());
    }

    @Test
    void numbers_and_booleans_typed_into_cells_read_as_their_shortest_text() throws Exception {
        byte[] bytes;
        try (Workbook workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var row = workbook.createSheet("typed").createRow(0);
            row.createCell(0).setCellValue(0.35);
            row.createCell(1).setCellValue(100);
            row.createCell(2).setCellValue(-80);
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellValue("3.50");
            workbook.write(out);
            bytes = out.toByteArray();
        }

        assertThat(TableWorkbooks.read(bytes).get("typed"))
                .containsExactly(List.of("0.35", "100", "-80", "true", "3.50"));
    }
}
