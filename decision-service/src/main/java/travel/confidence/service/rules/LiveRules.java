package travel.confidence.service.rules;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.RuleSetCompiler;
import travel.confidence.rules.ruleset.BundledRuleSet;

/**
 * The rule set this instance decides with. It starts with the bundled default rule set; publishing swaps in
 * another compiled version atomically, so every decision runs entirely under one version.
 */
@Singleton
public class LiveRules {

    public static final String BUNDLED_VERSION = "bundled";
    private static final Logger LOG = LoggerFactory.getLogger(LiveRules.class);

    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final AtomicReference<CompiledRuleSet> live = new AtomicReference<>();

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
