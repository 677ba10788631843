package travel.confidence.rules.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DecisionTableGridTest {

    private static final RuleSet BUNDLED = BundledRuleSet.load();

    static Stream<Map.Entry<String, String>> tables() {
        return BUNDLED.decisionTables().entrySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void every_shipped_table_reads_into_rows_and_writes_back_byte_for_byte(Map.Entry<String, String> table) {
        DecisionTableGrid grid = DecisionTableGrid.parse(table.getValue());

        assertThat(grid.toCsv()).isEqualTo(table.getValue());
        assertThat(DecisionTableGrid.parse(grid.toCsv())).isEqualTo(grid);
        assertThat(grid.rows()).isNotEmpty().allSatisfy(row -> assertThat(row).hasSize(grid.columns().size()));
    }

    @Test
    void the_health_table_has_its_name_columns_and_rows_where_a_spreadsheet_shows_them() {
        String csv = BUNDLED.decisionTables().get("tables/health.drl.csv");
        DecisionTableGrid grid = DecisionTableGrid.parse(csv);

        assertThat(grid.name()).isEqualTo("Health");
        assertThat(grid.columns()).extracting(DecisionTableGrid.Column::label)
                .containsExactly("Rule", "Indicator", "From (at least)", "To (below)", "Points", "Reason");
        assertThat(grid.columns().get(2).code()).isEqualTo("value >= $param");
        assertThat(grid.rows().get(0)).containsExactly("Health: doctors are plentiful", "physiciansPer1000", "3.5",
                "1000", "100", "Doctors are plentiful");
        int line = grid.lineOfRow(0);
        assertThat(csv.lines().toList().get(line - 1)).startsWith("Health: doctors are plentiful,");
    }

    @Test
    void cells_with_commas_quotes_or_line_breaks_are_quoted_and_come_back_the_same() {
        DecisionTableGrid grid = DecisionTableGrid.parse(BUNDLED.decisionTables().get("tables/health.drl.csv"));
        List<List<String>> rows = new ArrayList<>(grid.rows());
        rows.add(List.of("Health: a \"quoted\" rule, with a comma", "physiciansPer1000", "", "", "1",
                "Two lines\nof reason"));

        DecisionTableGrid edited = grid.withRows(rows);

        assertThat(DecisionTableGrid.parse(edited.toCsv())).isEqualTo(edited);
        assertThat(edited.toCsv()).contains("\"Health: a \"\"quoted\"\" rule, with a comma\"");
    }

    @Test
    void a_row_with_the_wrong_number_of_cells_is_refused_with_its_number() {
        DecisionTableGrid grid = DecisionTableGrid.parse(BUNDLED.decisionTables().get("tables/health.drl.csv"));

        assertThatThrownBy(() -> grid.withRows(List.of(List.of("too short"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 has 1 cells");
    }

    @Test
    void a_file_without_a_rule_table_is_not_a_decision_table() {
        assertThatThrownBy(() -> DecisionTableGrid.parse("just,some\ncsv,lines\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RuleTable");
    }
}
