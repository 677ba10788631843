package travel.confidence.service.rules;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.Optional;
import travel.confidence.rules.engine.CompiledRuleSet;

/** Without rule governance, the only version there is is the live one. */
@Singleton
@Secondary
class LiveVersionLookup implements RuleVersionLookup {

    private final LiveRules live;

    LiveVersionLookup(LiveRules live) {
        this.live = live;
    }

    @Override
    public Optional<CompiledRuleSet> find(String version) {
        CompiledRuleSet current = live.current();
        return current.version().equals(version) ? Optional.of(current) : Optional.empty();
    }
}
