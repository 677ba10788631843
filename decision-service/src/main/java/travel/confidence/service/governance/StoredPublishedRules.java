package travel.confidence.service.governance;

import jakarta.inject.Singleton;
import travel.confidence.data.ruleset.LiveRuleSet;
import travel.confidence.data.ruleset.LiveRuleSetRepository;
import travel.confidence.service.rules.PublishedRules;

/** The published version is the one the live pointer names; an empty store is seeded first. */
@Singleton
class StoredPublishedRules implements PublishedRules {

    private final LiveRuleSetRepository live;
    private final BundledVersionSeeder seeder;
    private final CompiledVersions compiled;

    StoredPublishedRules(LiveRuleSetRepository live, BundledVersionSeeder seeder, CompiledVersions compiled) {
        this.live = live;
        this.seeder = seeder;
        this.compiled = compiled;
    }

    @Override
    public Published load() {
        LiveRuleSet pointer = live.findById(LiveRuleSet.ROW).orElseGet(() -> {
            seeder.seedIfEmpty();
            return live.findById(LiveRuleSet.ROW).orElseThrow(
                    () -> new IllegalStateException("rule versions exist but none is published"));
        });
        return new Published(compiled.version(pointer.versionId()), pointer.publishedAt());
    }
}
