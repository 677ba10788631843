package travel.confidence.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
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
        RuleSettings effective = input.weights() == null ? settings
                : new RuleSettings(input.weights(), settings.neutralScore(), settings.fallbackPenalty(), settings.weightFloorUnits());
        DecisionSheet sheet = new DecisionSheet(effective, input.givenScores(), input.learned());
        List<Object> facts = new ArrayList<>(input.measurements().size() + input.contextFacts().size() + 3);
        facts.add(sheet);
        facts.add(input.traveller());
        if (input.trip() != null) {
            facts.add(input.trip());
        }
        for (Measurement measurement : input.measurements()) {
            if (!input.givenScores().containsKey(measurement.indicator().factor())) {
                facts.add(sheet.measure(measurement));
            }
        }
        facts.addAll(input.contextFacts());
        try {
            session.execute(facts);
        } catch (RuntimeException e) {
            throw new DecisionFailedException("rule set " + version + " failed on " + input.destinationId() + ": "
                    + rootMessage(e), e);
        }
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
        return new Decision(input.destinationId(), version, sheet.score(), sheet.exactScore(), sheet.baseScore(), sheet.badge(),
                sheet.badgeReason(), sheet.factors(), sheet.adjustments(), sheet.firedRules(), !warnings.isEmpty(), warnings);
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
