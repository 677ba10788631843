package travel.confidence.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.engine.RuleSetCompiler;
import travel.confidence.rules.ruleset.BundledRuleSet;

/**
 * The cost of deciding, beside the hand-coded limit of the same arithmetic in the same run: one full decision
 * (all tables, persona rules, total, badge, trace), a ranking of every well-covered destination (one by one
 * and as one batch), and the twelve months of "best time to go".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecisionBenchmark {

    private CompiledRuleSet rules;
    private HandCodedDecision handCoded;
    private DecisionInput japan;
    private List<DecisionInput> ranking;
    private List<DecisionInput> months;

    @Setup(Level.Trial)
    public void setUp() {
        rules = new RuleSetCompiler().compile(BundledRuleSet.load(), "bundled");
        handCoded = new HandCodedDecision(rules.settings());
        Workload workload = new Workload();
        japan = workload.input(workload.destination("JP"), Workload.FAMILY, Workload.JULY);
        ranking = workload.rankingInputs(Workload.FAMILY, Workload.JULY);
        months = workload.monthInputs(workload.destination("IS"), Workload.FAMILY);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        rules.close();
    }

    @Benchmark
    public Object oneDecisionEngine() {
        return rules.decide(japan);
    }

    @Benchmark
    public Object oneDecisionHandCoded() {
        return handCoded.decide(japan);
    }

    @Benchmark
    public void rankAllEngineOneByOne(Blackhole sink) {
        for (DecisionInput input : ranking) {
            sink.consume(rules.decide(input));
        }
    }

    @Benchmark
    public Object rankAllEngineBatch() {
        return rules.decideAll(ranking);
    }

    @Benchmark
    public void rankAllHandCoded(Blackhole sink) {
        for (DecisionInput input : ranking) {
            sink.consume(handCoded.decide(input));
        }
    }

    @Benchmark
    public Object bestMonthsEngineBatch() {
        return rules.decideAll(months);
    }

    @Benchmark
    public void bestMonthsHandCoded(Blackhole sink) {
        for (DecisionInput input : months) {
            sink.consume(handCoded.decide(input));
        }
    }
}
