package travel.confidence.service.score;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.RuleSetCompiler;
import travel.confidence.rules.ruleset.BundledRuleSet;
import travel.confidence.service.rules.RuleSelection;
import travel.confidence.service.rules.RuleSelector;

/**
 * A rule set that fails or stalls on demand: the bundled rules plus one rule that runs first and calls
 * {@link #act()}. Only in the "engine-failure" test environment.
 */
@Singleton
@Requires(env = "engine-failure")
@Replaces(RuleSelector.class)
public class EngineSabotage implements RuleSelector {

    public enum Mode { FAIL, STALL, NONE }

    private static volatile Mode mode = Mode.NONE;
    private static volatile long stallMillis = 400;

    private final CompiledRuleSet rules = new RuleSetCompiler(4).compile(BundledRuleSet.load().withFile("drl/sabotage.drl", """
            package travel.confidence.rules.decision
            import travel.confidence.rules.model.*
            rule "Sabotage the decision"
            salience 1000
            when
                DecisionSheet()
            then
                travel.confidence.service.score.EngineSabotage.act();
            end
            """), "failing-engine");

    public static void set(Mode next, long stall) {
        mode = next;
        stallMillis = stall;
    }

    public static void act() {
        switch (mode) {
            case FAIL -> throw new IllegalStateException("sabotaged: internal detail that must never reach a client");
            case STALL -> {
                try {
                    Thread.sleep(stallMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case NONE -> { }
        }
    }

    @Override
    public RuleSelection select(String userId) {
        return new RuleSelection(rules, null);
    }
}
