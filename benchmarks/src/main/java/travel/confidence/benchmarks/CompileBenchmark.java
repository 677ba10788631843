package travel.confidence.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.ExampleRunner;
import travel.confidence.rules.engine.RuleSetCompiler;
import travel.confidence.rules.ruleset.BundledRuleSet;
import travel.confidence.rules.ruleset.RuleSet;

/**
 * What publishing a rule version costs the engine: compiling the whole rule set (ten decision tables, the
 * persona and pipeline DRL) into a fresh KieBase, and warming it up on its examples as the service does
 * before it swaps a version in. The baseline is the same work's floor: reading the rule set's files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CompileBenchmark {

    private final RuleSetCompiler compiler = new RuleSetCompiler(4);
    private final RuleSet bundled = BundledRuleSet.load();

    @Benchmark
    public Object compile() {
        try (CompiledRuleSet compiled = compiler.compile(bundled, "bench")) {
            return compiled.version();
        }
    }

    @Benchmark
    public Object compileAndWarmUp() {
        try (CompiledRuleSet compiled = compiler.compile(bundled, "bench")) {
            return ExampleRunner.run(compiled).size();
        }
    }

    @Benchmark
    public Object readFilesBaseline() {
        return BundledRuleSet.load().checksum();
    }
}
