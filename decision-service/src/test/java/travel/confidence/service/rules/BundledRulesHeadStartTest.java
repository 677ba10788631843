package travel.confidence.service.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.ExampleRunner;
import travel.confidence.rules.ruleset.BundledRuleSet;
import travel.confidence.rules.ruleset.RuleSet;

/** The rules compiled ahead of time serve the bundled files only, and decide as a compile on demand would. */
class BundledRulesHeadStartTest {

    private final BundledRulesHeadStart headStart = new BundledRulesHeadStart();

    @Test
    void the_bundled_files_get_the_rules_compiled_in_the_background() {
        BundledRulesHeadStart.begin();
        BundledRulesHeadStart.begin();

        CompiledRuleSet rules = headStart.compiled(BundledRuleSet.load().checksum()).orElseThrow();

        assertThat(rules.version()).isEqualTo(LiveRules.BUNDLED_VERSION);
        assertThat(ExampleRunner.run(rules)).isNotEmpty().allSatisfy(example -> assertThat(example.passed()).isTrue());
        assertThat(headStart.compiled(BundledRuleSet.load().checksum())).containsSame(rules);
    }

    @Test
    void other_files_are_left_to_the_caller() {
        BundledRulesHeadStart.begin();
        RuleSet bundled = BundledRuleSet.load();
        Map<String, String> edited = new java.util.LinkedHashMap<>(bundled.files());
        edited.put(RuleSet.SETTINGS, edited.get(RuleSet.SETTINGS) + "\n# an edit\n");

        assertThat(headStart.compiled(new RuleSet(edited).checksum())).isEmpty();
    }
}
