package travel.confidence.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import travel.confidence.rules.ruleset.BundledRuleSet;
import travel.confidence.rules.ruleset.RuleSet;

class TableCoverageTest {

    private static final RuleSet BUNDLED = BundledRuleSet.load();
    private static final String HEALTH = "tables/health.drl.csv";

    private static String health() {
        return BUNDLED.decisionTables().get(HEALTH);
    }

    private static int lineOf(String text, String prefix) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError(prefix);
    }

    @Test
    void the_shipped_tables_have_no_gaps_and_no_overlaps() {
        BUNDLED.decisionTables().forEach((path, csv) ->
                assertThat(TableCoverage.analyse(path, csv)).as(path).isEmpty());
    }

    @Test
    void a_raised_lower_bound_leaves_a_gap_named_by_table_indicator_range_and_neighbouring_rows() {
        String table = health().replace("Health: doctors are plentiful,physiciansPer1000,3.5,",
                "Health: doctors are plentiful,physiciansPer1000,3.8,");

        List<CoverageProblem> problems = TableCoverage.analyse(HEALTH, table);

        assertThat(problems).singleElement().satisfies(gap -> {
            assertThat(gap.kind()).isEqualTo("gap");
            assertThat(gap.file()).isEqualTo(HEALTH);
            assertThat(gap.table()).isEqualTo("Health");
            assertThat(gap.indicator()).isEqualTo("physiciansPer1000");
            assertThat(gap.from()).isEqualTo(3.5);
            assertThat(gap.fromInclusive()).isTrue();
            assertThat(gap.to()).isEqualTo(3.8);
            assertThat(gap.toInclusive()).isFalse();
            assertThat(gap.lines()).containsExactlyInAnyOrder(lineOf(table, "Health: doctors are plentiful"),
                    lineOf(table, "Health: doctors are common"));
            assertThat(gap.message()).contains("from 3.5 (inclusive) to 3.8 (exclusive)");
        });
    }

    @Test
    void a_widened_row_overlaps_its_neighbour_and_both_rows_are_reported() {
        String table = health().replace("Health: doctors are available,physiciansPer1000,1.5,2.5,",
                "Health: doctors are available,physiciansPer1000,1.5,3,");

        List<CoverageProblem> problems = TableCoverage.analyse(HEALTH, table);

        assertThat(problems).singleElement().satisfies(overlap -> {
            assertThat(overlap.kind()).isEqualTo("overlap");
            assertThat(overlap.rules()).containsExactly("Health: doctors are common", "Health: doctors are available");
            assertThat(overlap.from()).isEqualTo(2.5);
            assertThat(overlap.to()).isEqualTo(3.0);
        });
    }

    @Test
    void a_persona_value_without_rows_is_a_gap_for_that_value_only() {
        String crowd = BUNDLED.decisionTables().get("tables/crowd.drl.csv").lines()
                .filter(line -> !line.startsWith("Crowd: busy for a group,"))
                .reduce("", (a, b) -> a + b + "\n");

        List<CoverageProblem> problems = TableCoverage.analyse("tables/crowd.drl.csv", crowd);

        assertThat(problems).singleElement().satisfies(gap -> {
            assertThat(gap.persona()).isEqualTo(Map.of("Travel styles", "group"));
            assertThat(gap.from()).isEqualTo(1.0);
            assertThat(gap.to()).isEqualTo(3.0);
        });
    }

    @Test
    void badge_bands_are_checked_on_the_score_with_their_exclusive_lower_bounds() {
        String badge = BUNDLED.decisionTables().get("tables/badge.drl.csv")
                .replace("Badge: high confidence,65,85,", "Badge: high confidence,66,85,");

        assertThat(TableCoverage.analyse("tables/badge.drl.csv", badge)).singleElement().satisfies(gap -> {
            assertThat(gap.indicator()).isEqualTo("score");
            assertThat(gap.from()).isEqualTo(65.0);
            assertThat(gap.fromInclusive()).isFalse();
            assertThat(gap.to()).isEqualTo(66.0);
            assertThat(gap.toInclusive()).isTrue();
        });
    }

    @Test
    void a_bound_that_is_not_a_number_is_reported_with_its_row() {
        String table = health().replace("Health: doctors are common,physiciansPer1000,2.5,",
                "Health: doctors are common,physiciansPer1000,two and a half,");

        assertThat(TableCoverage.analyse(HEALTH, table)).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo("unreadable");
            assertThat(p.lines()).containsExactly(lineOf(table, "Health: doctors are common"));
        });
    }
}
