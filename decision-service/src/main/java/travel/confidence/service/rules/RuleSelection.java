package travel.confidence.service.rules;

import io.micronaut.core.annotation.Nullable;
import travel.confidence.rules.engine.CompiledRuleSet;

/** The rule set version a decision runs under, and the experiment variant that chose it (null outside experiments). */
public record RuleSelection(CompiledRuleSet rules, @Nullable String variant) {
}
