package travel.confidence.service.rules;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.RuleSetCompiler;
import travel.confidence.rules.ruleset.BundledRuleSet;
import travel.confidence.rules.ruleset.RuleSet;

/**
 * Compiles the bundled rule set on a thread of its own from the first moment of start-up, while the stores
 * open and the beans are wired. Compiling is the longest step of a start (a cold rule compiler takes seconds on
 * two cores), and the live version usually has the bundled files (version 1 is seeded from them), so when it
 * does the compiled rules are ready, or nearly, by the time the service asks for them. When it does not, the
 * compiler has at least been warmed up. Begun by {@code Application.main} only: tests compile as they always did.
 */
@Singleton
public class BundledRulesHeadStart {

    private static final Logger LOG = LoggerFactory.getLogger(BundledRulesHeadStart.class);

    private record Compiling(String checksum, CompletableFuture<CompiledRuleSet> rules) {
    }

    private static volatile Compiling compiling;

    /** Starts compiling the bundled rules in the background; a second call does nothing. */
    public static synchronized void begin() {
        if (compiling != null) {
            return;
        }
        RuleSet bundled = BundledRuleSet.load();
        CompletableFuture<CompiledRuleSet> rules = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                rules.complete(new RuleSetCompiler().compile(bundled, LiveRules.BUNDLED_VERSION));
            } catch (RuntimeException | LinkageError e) {
                rules.completeExceptionally(e);
            }
        }, "bundled-rules-head-start");
        thread.setDaemon(true);
        thread.start();
        compiling = new Compiling(bundled.checksum(), rules);
    }

    /**
     * The bundled rules compiled in the background, if a head start was begun and {@code checksum} is theirs;
     * waits for the compile to finish. Empty when there is none or it failed (the caller compiles as usual).
     */
    public Optional<CompiledRuleSet> compiled(String checksum) {
        Compiling current = compiling;
        if (current == null || !current.checksum().equals(checksum)) {
            return Optional.empty();
        }
        try {
            return Optional.of(current.rules().join());
        } catch (CompletionException e) {
            LOG.warn("Compiling the bundled rules ahead of time failed ({}); compiling them again", e.getCause().toString());
            return Optional.empty();
        }
    }
}
