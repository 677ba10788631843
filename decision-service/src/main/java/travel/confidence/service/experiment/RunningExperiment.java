package travel.confidence.service.experiment;

import java.util.List;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.service.rules.RuleSelection;

/**
 * The running experiment as the request path sees it: its arms with their compiled rule sets and shares. A
 * stopped arm keeps its buckets, but its users are served the control arm's rules (and recorded as control).
 *
 * @param fingerprint everything stored that would change a selection, to tell when to rebuild the snapshot
 */
record RunningExperiment(long experimentId, String fingerprint, List<Arm> arms) {

    record Arm(String name, long versionId, int share, boolean control, boolean stopped, CompiledRuleSet rules) {
    }

    RuleSelection select(String userId) {
        int[] shares = arms.stream().mapToInt(Arm::share).toArray();
        Arm arm = arms.get(VariantAssignment.variantOf(VariantAssignment.bucket(experimentId, userId), shares));
        if (arm.stopped()) {
            arm = control();
        }
        return new RuleSelection(arm.rules(), VariantAssignment.label(experimentId, arm.name()));
    }

    Arm control() {
        return arms.stream().filter(Arm::control).findFirst().orElseThrow();
    }
}
