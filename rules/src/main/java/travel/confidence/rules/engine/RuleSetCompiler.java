package travel.confidence.rules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

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
        String drl = drlBySource.get(source);
        Integer line = message.getLine() > 0 ? message.getLine() : null;
        String rule = line == null || drl == null ? null : ruleAtLine(drl, line);
        if (line != null && source.startsWith(RuleSet.TABLES)) {
            line = DecisionTables.rowOfDrlLine(drl, line);
        }
        return new RuleProblem(source, line, rule, message.getText().strip());
    }

    /** The name of the rule that contains the given line: the nearest {@code rule "..."} at or above it. */
    static String ruleAtLine(String drl, int line) {
        String[] lines = drl.split("\n");
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = RULE_HEADER.matcher(lines[i]);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
