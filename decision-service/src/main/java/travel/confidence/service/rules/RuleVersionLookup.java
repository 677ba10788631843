package travel.confidence.service.rules;

import java.util.Optional;
import travel.confidence.rules.engine.CompiledRuleSet;

/** Finds a compiled rule set by version (the live one, a published one, or a draft under review). */
public interface RuleVersionLookup {

    Optional<CompiledRuleSet> find(String version);
}
