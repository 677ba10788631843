package travel.confidence.rules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import travel.confidence.rules.model.RuleSettings;
import travel.confidence.rules.ruleset.RuleSet;
import travel.confidence.rules.ruleset.SettingsFile;

/**
 * Compiles a rule set (decision tables, DRL, settings) into a Drools KieBase ready to decide. Problems come
 * back as {@link RuleProblem}s naming the file and the line or table row, never as a half-built engine.
 */
public final class RuleSetCompiler {

    private static final String PACKAGE_PATH = "src/main/resources/travel/confidence/rules/decision/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final int poolSize;

    public RuleSetCompiler() {
        this(Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    }

    public RuleSetCompiler(int poolSize) {
        this.poolSize = poolSize;
    }

    public CompiledRuleSet compile(RuleSet ruleSet, String version) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleSettings settings = null;
        try {
            settings = SettingsFile.parse(ruleSet.settings());
        } catch (RuntimeException e) {
            problems.add(new RuleProblem(RuleSet.SETTINGS, null, null, e.getMessage()));
        }

        Map<String, String> drlBySource = new LinkedHashMap<>();
        ruleSet.decisionTables().forEach((path, csv) -> {
            try {
                drlBySource.put(path, DecisionTables.toDrl(csv));
            } catch (RuntimeException e) {
                problems.add(new RuleProblem(path, null, null, "the table cannot be read: " + e.getMessage()));
            }
        });
        drlBySource.putAll(ruleSet.drlFiles());
        if (!problems.isEmpty()) {
            throw new RuleSetInvalidException(problems);
        }

        KieBase kieBase = build(drlBySource, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetInvalidException(problems);
        }
        return new CompiledRuleSet(version, ruleSet, settings, kieBase, poolSize, drlBySource);
    }

    private KieBase build(Map<String, String> drlBySource, List<RuleProblem> problems) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("travel.confidence.ruleset", "build-" + BUILDS.incrementAndGet(), "1.0.0");
        files.generateAndWritePomXML(releaseId);
        Map<String, String> sourceByKiePath = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, String> source : drlBySource.entrySet()) {
            String kiePath = PACKAGE_PATH + "r" + (index++) + ".drl";
            sourceByKiePath.put(kiePath, source.getKey());
            files.write(kiePath, source.getValue());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(locate(message, sourceByKiePath, drlBySource));
        }
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        // The compiled KieBase lives on; the module in the global repository would only pin superseded versions.
        services.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    private static RuleProblem locate(Message message, Map<String, String> sourceByKiePath, Map<String, String> drlBySource) {
        String path = message.getPath() == null ? "" : message.getPath();
        String source = sourceByKiePath.entrySet().stream()
                .filter(e -> path.endsWith(e.getKey()) || e.getKey().endsWith(path))
                .map(Map.Entry::getValue).findFirst().orElse(path);
        Integer line = message.getLine() > 0 ? message.getLine() : null;
        if (line != null && source.startsWith(RuleSet.TABLES)) {
            line = DecisionTables.rowOfDrlLine(drlBySource.get(source), line);
        }
        return new RuleProblem(source, line, ruleName(message.getText()), message.getText().strip());
    }

    /** Drools names the failing rule as {@code Rule name='...'} in its message, when it knows it. */
    private static String ruleName(String text) {
        int quote = text.indexOf("Rule name='");
        if (quote < 0) {
            return null;
        }
        int end = text.indexOf('\'', quote + 11);
        return end > quote ? text.substring(quote + 11, end) : null;
    }
}
