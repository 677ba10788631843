package travel.confidence.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import travel.confidence.rules.model.ContextSignal;
import travel.confidence.rules.model.DecisionSheet;
import travel.confidence.rules.model.FactorResult;
import travel.confidence.rules.model.Measurement;
import travel.confidence.rules.model.RuleSettings;
import travel.confidence.rules.ruleset.RuleSet;

/**
 * A compiled rule set version, ready to decide on many threads at once. Each decision runs in a pooled
 * stateless session: the pool owns the sessions and every execution returns its session to it.
 */
public final class CompiledRuleSet implements AutoCloseable {

    private final String version;
    private final RuleSet source;
    private final RuleSettings settings;
    private final KieBase kieBase;
    private final KieSessionsPool pool;
    private final StatelessKieSession session;
    private final Map<String, String> drlBySource;
    private final int poolSize;

    CompiledRuleSet(String version, RuleSet source, RuleSettings settings, KieBase kieBase, int poolSize,
                    Map<String, String> drlBySource) {
        this.version = version;
        this.source = source;
        this.settings = settings;
        this.kieBase = kieBase;
        this.pool = kieBase.newKieSessionsPool(poolSize);
        this.session = pool.newStatelessKieSession();
        this.drlBySource = Map.copyOf(drlBySource);
        this.poolSize = poolSize;
    }

    /**
     * The same compiled rules under another version name, sharing the KieBase (with a session pool of its own).
     * Two stored versions with the same files (a draft just copied from its parent) compile once.
     */
    public CompiledRuleSet named(String otherVersion) {
        return otherVersion.equals(version) ? this
                : new CompiledRuleSet(otherVersion, source, settings, kieBase, poolSize, drlBySource);
    }

    public Decision decide(DecisionInput input) {
        return decideAll(List.of(input)).get(0);
    }

    /**
     * Decides many inputs in one session run: what a ranking of every destination does. Each decision has its
     * own sheet and its facts reach the traveller and trip only through that sheet, so decisions never meet;
     * one run saves the per-execution cost that dominates a single small decision.
     */
    public List<Decision> decideAll(List<DecisionInput> inputs) {
        List<DecisionSheet> sheets = new ArrayList<>(inputs.size());
        List<Object> facts = new ArrayList<>();
        for (DecisionInput input : inputs) {
            DecisionSheet sheet = new DecisionSheet(settingsFor(input), input.traveller(), input.trip(),
                    input.givenScores(), input.learned());
            sheets.add(sheet);
            facts.add(sheet);
            for (Measurement measurement : input.measurements()) {
                if (!input.givenScores().containsKey(measurement.indicator().factor())) {
                    facts.add(sheet.measure(measurement));
                }
            }
            // Context signals become facts of this decision's sheet, so they never meet another decision.
            for (Object fact : input.contextFacts()) {
                facts.add(fact instanceof ContextSignal signal ? sheet.context(signal) : fact);
            }
        }
        try {
            session.execute(facts);
        } catch (RuntimeException e) {
            String which = inputs.size() == 1 ? inputs.get(0).destinationId() : inputs.size() + " destinations";
            throw new DecisionFailedException("rule set " + version + " failed on " + which + ": " + rootMessage(e), e);
        }
        List<Decision> decisions = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            decisions.add(result(inputs.get(i), sheets.get(i)));
        }
        return decisions;
    }

    private RuleSettings settingsFor(DecisionInput input) {
        return input.weights() == null ? settings
                : new RuleSettings(input.weights(), settings.neutralScore(), settings.fallbackPenalty(),
                        settings.weightFloorUnits());
    }

    private Decision result(DecisionInput input, DecisionSheet sheet) {
        if (!sheet.isClosed()) {
            throw new DecisionFailedException("rule set " + version + " has no total rule that fired");
        }
        if (sheet.badge() == null) {
            throw new DecisionFailedException("rule set " + version + ": no badge row matches the score " + sheet.score());
        }
        List<String> warnings = sheet.factors().stream().filter(FactorResult::fallback)
                .map(f -> "No data for " + f.factor().label() + ": a neutral " + settings.neutralScore()
                        + " is used instead")
                .toList();
        return new Decision(input.destinationId(), version, sheet.score(), sheet.exactScore(), sheet.baseScore(),
                sheet.badge(), sheet.badgeReason(), sheet.factors(), sheet.adjustments(), sheet.firedRules(),
                !warnings.isEmpty(), warnings);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    public String version() {
        return version;
    }

    public RuleSet source() {
        return source;
    }

    public RuleSettings settings() {
        return settings;
    }

    /** The DRL each table compiled to, by table path; DRL files map to themselves. */
    public Map<String, String> drlBySource() {
        return drlBySource;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
