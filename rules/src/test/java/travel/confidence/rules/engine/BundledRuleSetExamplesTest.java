package travel.confidence.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import travel.confidence.rules.ruleset.BundledRuleSet;

/** Every example of every table and rule file of the bundled rule set, one test each. */
class BundledRuleSetExamplesTest {

    private static final CompiledRuleSet RULES = new RuleSetCompiler().compile(BundledRuleSet.load(), "bundled");

    static Stream<ExampleResult> examples() {
        return ExampleRunner.run(RULES).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_holds(ExampleResult example) {
        assertThat(example.passed()).as(example.file() + " row " + example.row() + " '" + example.example() + "': "
                + example.message()).isTrue();
    }

    @Test
    void every_table_has_examples() {
        List<String> tables = RULES.source().decisionTables().keySet().stream()
                .map(path -> path.substring("tables/".length(), path.indexOf(".drl.csv")))
                .toList();
        assertThat(RULES.source().examples().keySet())
                .containsAll(tables.stream().map(t -> "examples/" + t + ".csv").toList());
    }
}
