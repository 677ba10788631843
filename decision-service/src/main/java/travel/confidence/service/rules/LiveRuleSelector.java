package travel.confidence.service.rules;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** Everyone decides with the live version; experiments replace this selector when they run. */
@Singleton
@Secondary
class LiveRuleSelector implements RuleSelector {

    private final LiveRules live;

    LiveRuleSelector(LiveRules live) {
        this.live = live;
    }

    @Override
    public RuleSelection select(String userId) {
        return new RuleSelection(live.current(), null);
    }
}
