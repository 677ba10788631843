package travel.confidence.service.rules;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.ExampleResult;
import travel.confidence.rules.engine.ExampleRunner;
import travel.confidence.rules.engine.RuleSetCompiler;
import travel.confidence.rules.ruleset.BundledRuleSet;
import travel.confidence.rules.ruleset.RuleSet;

/**
 * The rule set this instance decides with: the published version from the store, swapped atomically when
 * another is published, so every decision runs entirely under one version and none fails during a swap (a
 * decision holds the version it started with). If the store cannot be read when the first decision needs
 * rules, the bundled rule set decides under the name {@value #BUNDLED_VERSION} until the store answers.
 */
@Singleton
public class LiveRules {

    /** The version name while the store could not be read: the rules shipped in the jar. */
    public static final String BUNDLED_VERSION = "bundled";
    private static final Logger LOG = LoggerFactory.getLogger(LiveRules.class);

    private record Live(CompiledRuleSet rules, Instant publishedAt) {
    }

    private final PublishedRules published;
    private final BundledRulesHeadStart headStart;
    private final AtomicReference<Live> live = new AtomicReference<>();

    LiveRules(PublishedRules published, BundledRulesHeadStart headStart) {
        this.published = published;
        this.headStart = headStart;
    }

    /** Loads and warms up the live version while the service starts, not on the first traveller's request. */
    @EventListener
    void onStartup(StartupEvent event) {
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
        Live current = live.get();
        if (current == null) {
            synchronized (this) {
                current = live.get();
                if (current == null) {
                    current = load();
                    live.set(current);
                    LOG.info("Deciding with rule set {}", current.rules().version());
                }
            }
        }
        return current.rules();
    }

    private Live load() {
        try {
            PublishedRules.Published found = published.load();
            return new Live(found.rules(), found.publishedAt());
        } catch (RuntimeException e) {
            LOG.warn("The published rule set cannot be read ({}); deciding with the bundled rules until it can", e.toString());
            RuleSet bundled = BundledRuleSet.load();
            CompiledRuleSet rules = headStart.compiled(bundled.checksum())
                    .orElseGet(() -> new RuleSetCompiler().compile(bundled, BUNDLED_VERSION));
            return new Live(rules, Instant.EPOCH);
        }
    }

    /**
     * Makes {@code next}, published at {@code publishedAt}, the live version, unless a later publication is
     * live already (a poll and a local publication can race). Decisions already running keep their version.
     *
     * @return whether {@code next} is now live
     */
    public boolean publish(CompiledRuleSet next, Instant publishedAt) {
        Live candidate = new Live(next, publishedAt);
        Live previous = live.getAndUpdate(old -> old == null || !publishedAt.isBefore(old.publishedAt()) ? candidate : old);
        boolean swapped = previous == null || !publishedAt.isBefore(previous.publishedAt());
        if (swapped && (previous == null || !previous.rules().version().equals(next.version()))) {
            LOG.info("Rule set {} is live (was {})", next.version(), previous == null ? "none" : previous.rules().version());
        }
        return swapped;
    }

    /** When the live version was published ({@link Instant#EPOCH} for the bundled fallback). */
    public Instant publishedAt() {
        current();
        return live.get().publishedAt();
    }
}
