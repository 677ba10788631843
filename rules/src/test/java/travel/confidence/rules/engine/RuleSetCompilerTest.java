package travel.confidence.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import travel.confidence.rules.ruleset.BundledRuleSet;
import travel.confidence.rules.ruleset.RuleSet;

class RuleSetCompilerTest {

    private final RuleSetCompiler compiler = new RuleSetCompiler(2);
    private final RuleSet bundled = BundledRuleSet.load();

    @Test
    void a_broken_drl_rule_is_reported_with_its_file_name_and_line() {
        String drl = bundled.drlFiles().get("drl/persona-weights.drl")
                .replace("$d.weigh(\"budgetMatch\", 50,", "$d.weigh(\"budgetMatch\", 50 +,");
        RuleSet broken = bundled.withFile("drl/persona-weights.drl", drl);

        assertThatThrownBy(() -> compiler.compile(broken, "broken"))
                .isInstanceOfSatisfying(RuleSetInvalidException.class, e -> {
                    RuleProblem problem = e.problems().get(0);
                    assertThat(problem.file()).isEqualTo("drl/persona-weights.drl");
                    // Drools places errors in a rule's consequence at the rule's first line.
                    assertThat(problem.rule()).as(e.problems().toString()).isEqualTo("Weigh budget down for luxury travellers");
                    assertThat(problem.line()).isEqualTo(lineOf(drl, "rule \"Weigh budget down for luxury travellers\""));
                });
    }

    @Test
    void a_broken_table_cell_is_reported_with_its_table_and_row() {
        String table = bundled.decisionTables().get("tables/health.drl.csv")
                .replace("Health: doctors are common,physiciansPer1000,2.5,3.5,85",
                        "Health: doctors are common,physiciansPer1000,2.5 2.6,3.5,85");
        RuleSet broken = bundled.withFile("tables/health.drl.csv", table);

        assertThatThrownBy(() -> compiler.compile(broken, "broken"))
                .isInstanceOfSatisfying(RuleSetInvalidException.class, e -> {
                    RuleProblem problem = e.problems().get(0);
                    assertThat(problem.file()).isEqualTo("tables/health.drl.csv");
                    assertThat(problem.line()).isEqualTo(lineOf(table, "2.5 2.6"));
                });
    }

    @Test
    void settings_that_do_not_add_up_are_reported() {
        RuleSet broken = bundled.withFile("settings.properties",
                bundled.settings().replace("weight.safetyIndex=0.200", "weight.safetyIndex=0.300"));

        assertThatThrownBy(() -> compiler.compile(broken, "broken"))
                .isInstanceOfSatisfying(RuleSetInvalidException.class, e ->
                        assertThat(e.problems()).extracting(RuleProblem::file).containsExactly("settings.properties"));
    }

    @Test
    void a_gap_in_a_table_fails_its_examples() {
        String table = bundled.decisionTables().get("tables/health.drl.csv").lines()
                .filter(line -> !line.startsWith("Health: doctors are common,"))
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        CompiledRuleSet rules = compiler.compile(bundled.withFile("tables/health.drl.csv", table), "gap");

        List<ExampleResult> failures = ExampleRunner.run(rules).stream().filter(r -> !r.passed()).toList();

        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.example()).isEqualTo("Japan-like doctors");
            assertThat(f.message()).startsWith("gap: no row matches physiciansPer1000 = 2.6");
        });
    }

    @Test
    void overlapping_rows_fail_their_examples() {
        String table = bundled.decisionTables().get("tables/health.drl.csv")
                .replace("Health: doctors are available,physiciansPer1000,1.5,2.5,70",
                        "Health: doctors are available,physiciansPer1000,1.5,3,70");
        CompiledRuleSet rules = compiler.compile(bundled.withFile("tables/health.drl.csv", table), "overlap");

        List<ExampleResult> failures = ExampleRunner.run(rules).stream().filter(r -> !r.passed()).toList();

        assertThat(failures).singleElement().satisfies(f -> assertThat(f.message()).startsWith("overlap"));
    }

    @Test
    void the_same_files_give_the_same_checksum_and_any_change_a_new_one() {
        RuleSet copy = new RuleSet(bundled.files());
        assertThat(copy.checksum()).isEqualTo(bundled.checksum());
        assertThat(bundled.withFile("drl/pipeline.drl", bundled.drlFiles().get("drl/pipeline.drl") + "\n").checksum())
                .isNotEqualTo(bundled.checksum());
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not found");
    }
}
