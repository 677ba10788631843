package travel.confidence.service.governance;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import travel.confidence.data.ruleset.RuleVersionRepository;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.RuleSetInvalidException;
import travel.confidence.service.error.ConflictException;
import travel.confidence.service.rules.LiveRules;
import travel.confidence.service.rules.RuleVersionLookup;
import travel.confidence.service.rules.RuleVersionName;

/**
 * Finds any stored version by name ({@code v7}): the live one, a published or archived one, or a draft under
 * review, compiled once per checksum. A draft that does not compile is a conflict naming its problems.
 */
@Singleton
class StoredVersionLookup implements RuleVersionLookup {

    private final LiveRules live;
    private final RuleVersionRepository versions;
    private final CompiledVersions compiled;

    StoredVersionLookup(LiveRules live, RuleVersionRepository versions, CompiledVersions compiled) {
        this.live = live;
        this.versions = versions;
        this.compiled = compiled;
    }

    @Override
    public Optional<CompiledRuleSet> find(String version) {
        CompiledRuleSet current = live.current();
        if (current.version().equals(version)) {
            return Optional.of(current);
        }
        Optional<Long> id = RuleVersionName.idOf(version);
        if (id.isEmpty() || !versions.existsById(id.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(compiled.version(id.get()));
        } catch (RuleSetInvalidException e) {
            List<String> problems = e.problems().stream().limit(20).map(Object::toString).toList();
            throw new ConflictException("RULE_VERSION_INVALID", "Rule set version " + version + " does not compile: "
                    + problems.get(0), Map.of("field", "ruleVersion", "problems", problems));
        }
    }
}
