package travel.confidence.service.audit;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import travel.confidence.data.decision.DecisionEntry;
import travel.confidence.data.decision.DecisionLog;
import travel.confidence.rules.ruleset.BundledRuleSet;
import travel.confidence.rules.ruleset.DecisionTableGrid;
import travel.confidence.rules.ruleset.RuleSet;
import travel.confidence.service.admin.AdminAccess;
import travel.confidence.service.admin.AdminRole;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.governance.CompiledVersions;
import travel.confidence.service.rules.LiveRules;
import travel.confidence.service.rules.RuleVersionName;
import travel.confidence.service.apidocs.AdminErrors;

/** The trace of one decision from the decision log, with its fired table rows located in the version's tables. */
@AdminErrors
@Controller("/api/admin/decisions")
@Tag(name = "Admin: decision trace")
class DecisionTraceController {

    private final DecisionLog decisions;
    private final CompiledVersions versions;

    DecisionTraceController(DecisionLog decisions, CompiledVersions versions) {
        this.decisions = decisions;
        this.versions = versions;
    }

    @Get("/{decisionId}")
    @AdminAccess(AdminRole.EDITOR)
    @Operation(summary = "A logged decision: inputs, version, variant, rules fired, rows matched, factors")
    DecisionTrace trace(String decisionId) {
        DecisionEntry e = decisions.find(decisionId).orElseThrow(() -> new NotFoundException("DECISION_NOT_FOUND",
                "No logged decision " + decisionId, Map.of("field", "decisionId")));
        Map<String, DecisionTrace.RowMatch> rows = rowsOf(e.ruleVersion());
        List<DecisionTrace.RowMatch> matched = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String rule : e.firedRules()) {
            DecisionTrace.RowMatch row = rows.get(rule);
            if (row != null) {
                matched.add(row);
            } else {
                others.add(rule);
            }
        }
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("traveller", e.traveller());
        inputs.put("destinationId", e.destinationId());
        inputs.put("travelDates", Map.of("startDate", String.valueOf(e.startDate()), "endDate", String.valueOf(e.endDate())));
        return new DecisionTrace(e.decisionId(), e.decidedAt().toString(), e.userId(), e.destinationId(), e.startDate(),
                e.endDate(), e.ruleVersion(), e.variant(), e.score(), e.baseScore(), e.badge(), e.personalized(),
                e.fallbackUsed(), e.preliminary(), inputs, e.factors(), e.firedRules(), matched, others, e.adjustments());
    }

    /** Every table row of a version by rule name; empty when the version's files cannot be read. */
    private Map<String, DecisionTrace.RowMatch> rowsOf(String version) {
        Optional<RuleSet> rules;
        try {
            rules = LiveRules.BUNDLED_VERSION.equals(version) ? Optional.of(BundledRuleSet.load())
                    : RuleVersionName.idOf(version).map(versions::ruleSet);
        } catch (RuntimeException e) {
            rules = Optional.empty();
        }
        Map<String, DecisionTrace.RowMatch> rows = new HashMap<>();
        rules.ifPresent(ruleSet -> ruleSet.decisionTables().forEach((path, csv) -> {
            try {
                DecisionTableGrid grid = DecisionTableGrid.parse(csv);
                int nameColumn = 0;
                for (int c = 0; c < grid.columns().size(); c++) {
                    if ("NAME".equalsIgnoreCase(grid.columns().get(c).kind().strip())) {
                        nameColumn = c;
                    }
                }
                for (int r = 0; r < grid.rows().size(); r++) {
                    String name = grid.rows().get(r).get(nameColumn).strip();
                    rows.putIfAbsent(name, new DecisionTrace.RowMatch(name, path, grid.name(), grid.lineOfRow(r)));
                }
            } catch (RuntimeException ignored) {
                // a table the grid cannot read has no rows to point at; its rules are listed by name
            }
        }));
        return rows;
    }
}
