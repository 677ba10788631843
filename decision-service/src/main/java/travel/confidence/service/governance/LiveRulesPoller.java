package travel.confidence.service.governance;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.data.ruleset.LiveRuleSet;
import travel.confidence.data.ruleset.LiveRuleSetRepository;
import travel.confidence.service.rules.LiveRules;
import travel.confidence.service.rules.RuleVersionName;

/**
 * Keeps this instance on the published version: at start it loads (or seeds) it, and then it asks the store
 * every poll interval which version is published (one row by primary key) and, when that changed, compiles it
 * off the request path and swaps it in. That is how a publication or rollback on any instance reaches all of
 * them within seconds, with nothing but the shared relational store between them.
 */
@Singleton
class LiveRulesPoller {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRulesPoller.class);

    private final LiveRules live;
    private final LiveRuleSetRepository pointer;
    private final CompiledVersions compiled;
    private volatile boolean failing;

    LiveRulesPoller(LiveRules live, LiveRuleSetRepository pointer, CompiledVersions compiled) {
        this.live = live;
        this.pointer = pointer;
        this.compiled = compiled;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        live.current();
    }

    @Scheduled(fixedDelay = "${" + GovernanceSettings.PREFIX + ".poll-interval:1s}", initialDelay = "1s")
    void poll() {
        try {
            Optional<LiveRuleSet> published = pointer.findById(LiveRuleSet.ROW);
            if (published.isPresent() && !RuleVersionName.of(published.get().versionId()).equals(live.current().version())
                    && !published.get().publishedAt().isBefore(live.publishedAt())) {
                live.publish(compiled.version(published.get().versionId()), published.get().publishedAt());
            }
            if (failing) {
                LOG.info("The published rule set version can be read again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Cannot check which rule set version is published; keeping {}: {}", live.current().version(), e.toString());
                failing = true;
            }
        }
    }
}
