package travel.confidence.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.engine.RuleSetCompiler;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.ruleset.BundledRuleSet;

/** The hand-coded baseline decides exactly as the bundled rules do, so the benchmark compares like with like. */
class HandCodedDecisionTest {

    private static final CompiledRuleSet RULES = new RuleSetCompiler().compile(BundledRuleSet.load(), "bundled");
    private static final Workload WORKLOAD = new Workload();

    @Test
    void scores_every_destination_as_the_engine_does_for_several_personas() {
        HandCodedDecision handCoded = new HandCodedDecision(RULES.settings());
        List<Traveller> travellers = List.of(Traveller.anonymous(), Workload.FAMILY,
                new Traveller("luxury", "solo", "experienced", true, "any", "high", List.of("es"), 0, List.of()),
                new Traveller("mid-range", "group", "intermediate", false, "cold", "moderate", List.of("en", "fr"), 12,
                        List.of("NO", "SE", "FI")));
        int compared = 0;
        for (Traveller traveller : travellers) {
            List<DecisionInput> inputs = WORKLOAD.rankingInputs(traveller, Workload.JULY);
            List<Decision> engine = RULES.decideAll(inputs);
            for (int i = 0; i < inputs.size(); i++) {
                HandCodedDecision.Result mine = handCoded.decide(inputs.get(i));
                assertThat(mine.score()).as(inputs.get(i).destinationId() + " " + traveller).isEqualTo(engine.get(i).score());
                assertThat(mine.badge()).isEqualTo(engine.get(i).badge());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(600);
    }
}
