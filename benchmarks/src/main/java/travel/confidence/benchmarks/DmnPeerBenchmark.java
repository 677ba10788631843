package travel.confidence.benchmarks;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.engine.RuleSetCompiler;
import travel.confidence.rules.model.Indicator;
import travel.confidence.rules.model.Provenance;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.ruleset.BundledRuleSet;

/**
 * The peer comparison: one factor table (physicians) and the badge table evaluated by the Camunda 7 DMN
 * engine (default FEEL, and JUEL expressions) against our Drools tables on the same inputs. Our side runs a
 * decision whose only fact is the physicians value, so the health table's row, the total rule and the badge
 * table fire; it also builds the full breakdown and trace, which the DMN side does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DmnPeerBenchmark {

    private CompiledRuleSet rules;
    private DecisionInput physiciansOnly;
    private DmnEngine feel;
    private DmnEngine juel;
    private DmnDecision physiciansFeel;
    private DmnDecision badgeFeel;
    private DmnDecision physiciansJuel;
    private DmnDecision badgeJuel;

    @Setup(Level.Trial)
    public void setUp() {
        rules = new RuleSetCompiler().compile(BundledRuleSet.load(), "bundled");
        physiciansOnly = DecisionInput.of("XX", Traveller.anonymous(), null, List.of(
                new travel.confidence.rules.model.Measurement(Indicator.PHYSICIANS_PER_1000, 2.6,
                        new Provenance("benchmark", "-"))));
        feel = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        juel = ((org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration)
                DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
                .defaultInputEntryExpressionLanguage("juel")
                .defaultOutputEntryExpressionLanguage("juel")
                .buildEngine();
        physiciansFeel = parse(feel, "dmn/physicians.dmn");
        badgeFeel = parse(feel, "dmn/badge.dmn");
        physiciansJuel = parse(juel, "dmn/physicians-juel.dmn");
        badgeJuel = parse(juel, "dmn/badge-juel.dmn");
    }

    private static DmnDecision parse(DmnEngine engine, String resource) {
        try (InputStream in = DmnPeerBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            return engine.parseDecisions(in).get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        rules.close();
    }

    int feelPoints(double value) {
        return ((Number) feel.evaluateDecisionTable(physiciansFeel, Map.of("value", value)).getSingleEntry()).intValue();
    }

    int juelPoints(double value) {
        return ((Number) juel.evaluateDecisionTable(physiciansJuel, Map.of("value", value)).getSingleEntry()).intValue();
    }

    String feelBadge(double score) {
        return feel.evaluateDecisionTable(badgeFeel, Map.of("score", score)).getSingleEntry();
    }

    String juelBadge(double score) {
        return juel.evaluateDecisionTable(badgeJuel, Map.of("score", score)).getSingleEntry();
    }

    @Benchmark
    public Object droolsPhysiciansAndBadge() {
        return rules.decide(physiciansOnly).badge();
    }

    @Benchmark
    public Object camundaFeelPhysiciansAndBadge() {
        Object points = feel.evaluateDecisionTable(physiciansFeel, Map.of("value", 2.6)).getSingleEntry();
        return feel.evaluateDecisionTable(badgeFeel, Map.of("score", ((Number) points).doubleValue()))
                .getSingleEntry();
    }

    @Benchmark
    public Object camundaJuelPhysiciansAndBadge() {
        Object points = juel.evaluateDecisionTable(physiciansJuel, Map.of("value", 2.6)).getSingleEntry();
        return juel.evaluateDecisionTable(badgeJuel, Map.of("score", ((Number) points).doubleValue()))
                .getSingleEntry();
    }
}
