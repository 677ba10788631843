package travel.confidence.service.governance;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import travel.confidence.data.ruleset.RuleVersionRepository;
import travel.confidence.data.ruleset.StoredRuleVersion;
import travel.confidence.rules.check.CoverageProblem;
import travel.confidence.rules.check.PropertyChecks;
import travel.confidence.rules.check.PropertyResult;
import travel.confidence.rules.check.TableCoverage;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.ExampleResult;
import travel.confidence.rules.engine.ExampleRunner;
import travel.confidence.rules.engine.RuleProblem;
import travel.confidence.rules.engine.RuleSetInvalidException;
import travel.confidence.rules.ruleset.DecisionTableGrid;
import travel.confidence.rules.ruleset.RuleSet;
import travel.confidence.service.admin.AdminPrincipal;
import travel.confidence.service.audit.AuditTrail;
import travel.confidence.service.error.ConflictException;
import travel.confidence.service.rules.RuleVersionName;

/**
 * Runs every check a version must pass before it can be published: it compiles (errors name the file, the rule
 * and the line or table row), its tables have no gaps or overlaps, every table has examples and every example
 * holds, and the seed's score properties hold for generated inputs. A draft that passes becomes validated; one
 * that fails stays a draft. The report is stored with the version and audited.
 */
@Singleton
class DraftValidator {

    private final RuleVersions versions;
    private final RuleVersionRepository repository;
    private final CompiledVersions compiled;
    private final GovernanceSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    DraftValidator(RuleVersions versions, RuleVersionRepository repository, CompiledVersions compiled,
                   GovernanceSettings settings, TransactionOperations<Connection> transactions, AuditTrail audit,
                   JsonMapper json, Clock clock) {
        this.versions = versions;
        this.repository = repository;
        this.compiled = compiled;
        this.settings = settings;
        this.transactions = transactions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    ValidationReport validate(AdminPrincipal who, long id) {
        StoredRuleVersion version = versions.require(id);
        RuleSet rules = compiled.ruleSet(id);
        ValidationReport report = check(version, rules, who);
        transactions.executeWrite(status -> {
            StoredRuleVersion current = versions.require(id);
            if (!current.checksum().equals(report.checksum())) {
                throw new ConflictException("VERSION_CHANGED", RuleVersionName.of(id)
                        + " changed while it was being validated; validate it again", Map.of("field", "id"));
            }
            boolean promote = report.valid() && StoredRuleVersion.DRAFT.equals(current.status());
            repository.update(current.withValidation(toJson(report), promote, clock.instant()));
            audit.record(who, "version.validate", RuleVersions.TARGET, String.valueOf(id),
                    RuleVersionName.of(id) + (report.valid() ? " passed validation" : " failed validation with "
                            + report.problems().size() + " problem(s)"),
                    Map.of("status", current.status()),
                    Map.of("status", promote ? StoredRuleVersion.VALIDATED : current.status(), "valid", report.valid(),
                            "problems", report.problems().size()));
            return null;
        });
        return report;
    }

    Optional<ValidationReport> latest(long id) {
        StoredRuleVersion version = versions.require(id);
        if (version.validationReport() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(version.validationReport(), ValidationReport.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ValidationReport check(StoredRuleVersion version, RuleSet rules, AdminPrincipal who) {
        List<ValidationReport.Problem> problems = new ArrayList<>();
        int compileErrors = 0;
        CompiledRuleSet compiledRules = null;
        try {
            compiledRules = compiled.compile(rules, RuleVersionName.of(version.id()));
        } catch (RuleSetInvalidException e) {
            for (RuleProblem p : e.problems()) {
                problems.add(new ValidationReport.Problem("compile", p.file(), tableName(rules, p.file()), p.rule(),
                        p.line(), p.message(), Map.of()));
            }
            compileErrors = e.problems().size();
        }

        int gaps = 0;
        int overlaps = 0;
        for (Map.Entry<String, String> table : rules.decisionTables().entrySet()) {
            for (CoverageProblem c : TableCoverage.analyse(table.getKey(), table.getValue())) {
                gaps += c.kind().equals("gap") ? 1 : 0;
                overlaps += c.kind().equals("overlap") ? 1 : 0;
                problems.add(new ValidationReport.Problem(c.kind().equals("unreadable") ? "table" : c.kind(), c.file(),
                        c.table(), c.rules().isEmpty() ? null : String.join(" | ", c.rules()),
                        c.lines().isEmpty() ? null : c.lines().get(0), c.message(), coverageDetails(c)));
            }
            String base = table.getKey().substring(RuleSet.TABLES.length(), table.getKey().length() - ".drl.csv".length());
            if (!rules.examples().containsKey(RuleSet.EXAMPLES + base + ".csv")) {
                problems.add(new ValidationReport.Problem("example", table.getKey(), tableName(rules, table.getKey()), null,
                        null, "the table has no examples: add " + RuleSet.EXAMPLES + base + ".csv", Map.of()));
            }
        }

        int examplesRun = 0;
        int examplesFailed = 0;
        List<ValidationReport.PropertyOutcome> properties = new ArrayList<>();
        if (compiledRules != null) {
            List<ExampleResult> examples = ExampleRunner.run(compiledRules);
            examplesRun = examples.size();
            for (ExampleResult example : examples) {
                if (!example.passed()) {
                    examplesFailed++;
                    problems.add(new ValidationReport.Problem("example", example.file(), null, example.example(),
                            example.row(), example.message(), Map.of()));
                }
            }
            for (PropertyResult result : PropertyChecks.run(compiledRules, settings.propertySeed(), settings.propertyExamples())) {
                properties.add(new ValidationReport.PropertyOutcome(result.property(), result.name(), result.examples(),
                        result.passed(), result.counterexample()));
                if (!result.passed()) {
                    problems.add(new ValidationReport.Problem("property", null, null,
                            "Property " + result.property() + ": " + result.name(), null, result.counterexample(),
                            Map.<String, Object>of("property", result.property(), "seed", settings.propertySeed(),
                                    "examplesTried", result.examples())));
                }
            }
        }
        return new ValidationReport(version.id(), RuleVersionName.of(version.id()), rules.checksum(), problems.isEmpty(),
                clock.instant().toString(), who.user(),
                new ValidationReport.Summary(compileErrors, gaps, overlaps, examplesRun, examplesFailed, properties),
                problems);
    }

    private static Map<String, Object> coverageDetails(CoverageProblem c) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (c.indicator() != null) {
            details.put("indicator", c.indicator());
        }
        if (!c.persona().isEmpty()) {
            details.put("traveller", c.persona());
        }
        if (c.from() != null) {
            details.put("from", c.from());
            details.put("fromInclusive", c.fromInclusive());
        }
        if (c.to() != null) {
            details.put("to", c.to());
            details.put("toInclusive", c.toInclusive());
        }
        details.put("lines", c.lines());
        details.put("rules", c.rules());
        return details;
    }

    private static String tableName(RuleSet rules, String path) {
        String csv = path == null ? null : rules.decisionTables().get(path);
        if (csv == null) {
            return null;
        }
        try {
            return DecisionTableGrid.parse(csv).name();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String toJson(ValidationReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
