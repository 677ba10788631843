package travel.confidence.service.rules;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.ExampleResult;
import travel.confidence.rules.engine.ExampleRunner;
import travel.confidence.rules.engine.RuleSetCompiler;
import travel.confidence.rules.ruleset.BundledRuleSet;

/**
 * The rule set this instance decides with. It starts with the bundled default rule set; publishing swaps in
 * another compiled version atomically, so every decision runs entirely under one version. The rules are
 * compiled and warmed up while the service starts, not on the first traveller's request.
 */
@Context
public class LiveRules {

    public static final String BUNDLED_VERSION = "bundled";
    private static final Logger LOG = LoggerFactory.getLogger(LiveRules.class);

    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final AtomicReference<CompiledRuleSet> live = new AtomicReference<>();

    @PostConstruct
    void compileAtStart() {
        warmUp(current());
    }

    /**
     * Runs the version's own examples once: every table row and rule fires, so the first real decisions do not
     * pay for class loading and constraint compilation, and a version whose examples fail is logged loudly.
     */
    public static void warmUp(CompiledRuleSet rules) {
        List<ExampleResult> results = ExampleRunner.run(rules);
        long failed = results.stream().filter(r -> !r.passed()).count();
        if (failed > 0) {
            LOG.error("Rule set {}: {} of {} examples fail: {}", rules.version(), failed, results.size(),
                    results.stream().filter(r -> !r.passed()).limit(5).toList());
        } else {
            LOG.info("Rule set {} compiled; all {} examples pass", rules.version(), results.size());
        }
    }

    public CompiledRuleSet current() {
        CompiledRuleSet current = live.get();
        if (current == null) {
            synchronized (this) {
                current = live.get();
                if (current == null) {
                    current = compiler.compile(BundledRuleSet.load(), BUNDLED_VERSION);
                    live.set(current);
                    LOG.info("Deciding with the bundled rule set");
                }
            }
        }
        return current;
    }

    /** Makes {@code next} the live version; the previous one keeps serving the decisions already running on it. */
    public void publish(CompiledRuleSet next) {
        CompiledRuleSet previous = live.getAndSet(next);
        LOG.info("Rule set {} is live (was {})", next.version(), previous == null ? "none" : previous.version());
    }

    public RuleSetCompiler compiler() {
        return compiler;
    }

    @PreDestroy
    void close() {
        CompiledRuleSet current = live.get();
        if (current != null) {
            current.close();
        }
    }
}
