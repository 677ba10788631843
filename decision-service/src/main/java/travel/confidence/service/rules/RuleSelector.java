package travel.confidence.service.rules;

/** Chooses the rule set version for a user's decision: the live one, or an experiment's variant. */
public interface RuleSelector {

    RuleSelection select(String userId);
}
