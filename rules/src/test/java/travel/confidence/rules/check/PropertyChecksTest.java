package travel.confidence.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.RuleSetCompiler;
import travel.confidence.rules.ruleset.BundledRuleSet;
import travel.confidence.rules.ruleset.RuleSet;

class PropertyChecksTest {

    private static final RuleSetCompiler COMPILER = new RuleSetCompiler(2);
    private static final RuleSet BUNDLED = BundledRuleSet.load();

    @Test
    void the_shipped_rules_hold_every_checked_property() {
        List<PropertyResult> results = PropertyChecks.run(COMPILER.compile(BUNDLED, "bundled"), 42, 200);

        assertThat(results).extracting(PropertyResult::property).containsExactly(1, 2, 3, 5, 17);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.passed()).as(r.name() + ": " + r.counterexample()).isTrue();
            assertThat(r.examples()).isEqualTo(200);
        });
    }

    @Test
    void moved_badge_bands_break_property_3_with_a_counterexample() {
        String badge = BUNDLED.decisionTables().get("tables/badge.drl.csv")
                .replace("Badge: low confidence,-1,40,", "Badge: low confidence,-1,45,")
                .replace("Badge: moderate confidence,40,65,", "Badge: moderate confidence,45,65,");
        CompiledRuleSet moved = COMPILER.compile(BUNDLED.withFile("tables/badge.drl.csv", badge), "moved");

        List<PropertyResult> results = PropertyChecks.run(moved, 42, 500);

        PropertyResult badges = results.stream().filter(r -> r.property() == 3).findFirst().orElseThrow();
        assertThat(badges.passed()).isFalse();
        assertThat(badges.counterexample()).contains("gets badge Low; the seed's bands say Moderate");
        assertThat(results).filteredOn(r -> r.property() != 3).allSatisfy(r -> assertThat(r.passed()).isTrue());
    }

    @Test
    void a_factor_weighed_at_next_to_nothing_breaks_property_2() {
        String settings = BUNDLED.settings()
                .replace("weight.crowdDensity=0.100", "weight.crowdDensity=0.00001")
                .replace("weight.preferenceAlignment=0.100", "weight.preferenceAlignment=0.19999")
                .replace("weight.floor=0.020", "weight.floor=0.00001");
        CompiledRuleSet faint = COMPILER.compile(BUNDLED.withFile(RuleSet.SETTINGS, settings), "faint");

        PropertyResult influence = PropertyChecks.run(faint, 7, 500).stream().filter(r -> r.property() == 2)
                .findFirst().orElseThrow();

        assertThat(influence.passed()).isFalse();
        assertThat(influence.counterexample()).startsWith("changing ");
    }

    @Test
    void the_same_seed_finds_the_same_counterexample() {
        String badge = BUNDLED.decisionTables().get("tables/badge.drl.csv")
                .replace("Badge: high confidence,65,85,", "Badge: high confidence,65,90,")
                .replace("Badge: excellent confidence,85,100,", "Badge: excellent confidence,90,100,");
        CompiledRuleSet moved = COMPILER.compile(BUNDLED.withFile("tables/badge.drl.csv", badge), "moved");

        assertThat(PropertyChecks.run(moved, 3, 500)).isEqualTo(PropertyChecks.run(moved, 3, 500));
    }
}
