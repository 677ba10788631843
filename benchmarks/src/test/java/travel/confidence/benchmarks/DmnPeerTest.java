package travel.confidence.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.engine.RuleSetCompiler;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.Indicator;
import travel.confidence.rules.model.Measurement;
import travel.confidence.rules.model.Provenance;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.ruleset.BundledRuleSet;

/** The DMN tables of the peer comparison give the same answers as the bundled Drools tables. */
class DmnPeerTest {

    private static final CompiledRuleSet RULES = new RuleSetCompiler().compile(BundledRuleSet.load(), "bundled");

    @Test
    void both_engines_give_the_same_points_and_badges() {
        DmnPeerBenchmark peer = new DmnPeerBenchmark();
        peer.setUp();
        for (double physicians = 0; physicians <= 6; physicians += 0.05) {
            Decision drools = RULES.decide(DecisionInput.of("XX", Traveller.anonymous(), null, List.of(
                    new Measurement(Indicator.PHYSICIANS_PER_1000, physicians, new Provenance("test", "-")))));
            int points = drools.factors().get(Factor.HEALTH_EMERGENCY.ordinal()).evidence().get(0).points();
            assertThat(peer.feelPoints(physicians)).as("FEEL at %s", physicians).isEqualTo(points);
            assertThat(peer.juelPoints(physicians)).as("JUEL at %s", physicians).isEqualTo(points);
        }
        for (int tenths = 0; tenths <= 1000; tenths++) {
            double score = tenths / 10.0;
            String expected = score <= 40 ? "Low" : score <= 65 ? "Moderate" : score <= 85 ? "High" : "Excellent";
            assertThat(peer.feelBadge(score)).as("FEEL badge of %s", score).isEqualTo(expected);
            assertThat(peer.juelBadge(score)).as("JUEL badge of %s", score).isEqualTo(expected);
        }
        peer.tearDown();
    }

}
