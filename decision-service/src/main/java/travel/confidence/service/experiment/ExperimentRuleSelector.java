package travel.confidence.service.experiment;

import jakarta.inject.Singleton;
import travel.confidence.service.rules.LiveRules;
import travel.confidence.service.rules.RuleSelection;
import travel.confidence.service.rules.RuleSelector;

/**
 * Chooses the rule set version of a user's decision: the arm of the running experiment the user's bucket falls
 * in, or the live version when no experiment runs (or the user is unknown).
 */
@Singleton
class ExperimentRuleSelector implements RuleSelector {

    private final LiveRules live;
    private final RunningExperiments experiments;

    ExperimentRuleSelector(LiveRules live, RunningExperiments experiments) {
        this.live = live;
        this.experiments = experiments;
    }

    @Override
    public RuleSelection select(String userId) {
        return experiments.running().filter(e -> userId != null && !userId.isBlank())
                .map(e -> e.select(userId))
                .orElseGet(() -> new RuleSelection(live.current(), null));
    }
}
