package travel.confidence.rules.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import travel.confidence.rules.model.ContextSignal;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.FactorResult;
import travel.confidence.rules.model.IndicatorPoints;
import travel.confidence.rules.model.Indicator;
import travel.confidence.rules.model.Measurement;
import travel.confidence.rules.model.Provenance;
import travel.confidence.rules.model.ScoreAdjustment;
import travel.confidence.rules.model.Traveller;

/**
 * Runs the examples a rule set ships (input and expected output) against its compiled form. The kind of an
 * examples file follows from its header:
 * <ul>
 *   <li>{@code indicator,value,expectedPoints} (with optional persona columns): exactly one table row must
 *       give that value the expected points; no row is a gap, two rows an overlap;</li>
 *   <li>{@code score,expectedBadge}: the badge table must map the score to that badge;</li>
 *   <li>one column per factor key: the persona in the row must end up with those weights;</li>
 *   <li>{@code kind,subject,level,value,expectedFactor,expectedPoints}: a context signal; exactly one context
 *       row must move the score by the expected points under the expected factor, or none when 0 is expected.</li>
 * </ul>
 */
public final class ExampleRunner {

    private static final Provenance EXAMPLE = new Provenance("example", "-");
    private static final double CONTEXT_BASE = 60.0;

    private ExampleRunner() {
    }

    public static List<ExampleResult> run(CompiledRuleSet ruleSet) {
        List<ExampleResult> results = new ArrayList<>();
        ruleSet.source().examples().forEach((file, csv) -> results.addAll(runFile(ruleSet, file, csv)));
        return results;
    }

    static List<ExampleResult> runFile(CompiledRuleSet ruleSet, String file, String csv) {
        List<ExampleResult> results = new ArrayList<>();
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException | RuntimeException e) {
            return List.of(new ExampleResult(file, 1, "(file)", false, "cannot be read: " + e.getMessage()));
        }
        for (CSVRecord record : records) {
            int row = (int) record.getRecordNumber() + 1;
            String name = record.isMapped("example") ? record.get("example") : "row " + row;
            try {
                String failure = check(ruleSet, record);
                results.add(new ExampleResult(file, row, name, failure == null, failure == null ? "ok" : failure));
            } catch (RuntimeException e) {
                results.add(new ExampleResult(file, row, name, false, e.getMessage()));
            }
        }
        return results;
    }

    private static String check(CompiledRuleSet ruleSet, CSVRecord record) {
        if (record.isMapped("kind")) {
            return checkContext(ruleSet, record);
        }
        if (record.isMapped("indicator")) {
            return checkIndicator(ruleSet, record);
        }
        if (record.isMapped("expectedBadge")) {
            return checkBadge(ruleSet, record);
        }
        if (record.isMapped(Factor.SAFETY_INDEX.key())) {
            return checkWeights(ruleSet, record);
        }
        return "unknown kind of example: the header needs indicator, kind, expectedBadge or factor columns";
    }

    /** Every factor is given the same score, so the base score is that score and only context rows move it. */
    private static String checkContext(CompiledRuleSet ruleSet, CSVRecord record) {
        ContextSignal signal = new ContextSignal(record.get("kind"), column(record, "subject"),
                column(record, "level"), Double.parseDouble(record.get("value")), "", "example", "-");
        EnumMap<Factor, Double> given = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            given.put(factor, CONTEXT_BASE);
        }
        Decision decision = ruleSet.decide(new DecisionInput("EXAMPLE", Traveller.anonymous(), null, List.of(),
                given, null, null, List.of(signal)));
        List<ScoreAdjustment> fired = decision.adjustments();
        double expected = Double.parseDouble(record.get("expectedPoints"));
        if (fired.size() > 1) {
            return "overlap: rows " + fired.stream().map(a -> "'" + a.rule() + "'").toList() + " all match "
                    + signal.kind() + " = " + signal.value();
        }
        if (fired.isEmpty()) {
            return expected == 0 ? null : "gap: no row matches " + signal.kind() + " = " + signal.value();
        }
        ScoreAdjustment adjustment = fired.get(0);
        if (expected == 0) {
            return "expected no adjustment, row '" + adjustment.rule() + "' gives " + adjustment.delta();
        }
        String expectedFactor = column(record, "expectedFactor");
        if (!adjustment.factor().equals(expectedFactor)) {
            return "expected factor " + expectedFactor + ", row '" + adjustment.rule() + "' adjusts " + adjustment.factor();
        }
        return Math.abs(adjustment.delta() - expected) < 0.05 ? null
                : "expected " + expected + " points, row '" + adjustment.rule() + "' gives " + adjustment.delta();
    }

    private static String checkIndicator(CompiledRuleSet ruleSet, CSVRecord record) {
        Indicator indicator = Indicator.byKey(record.get("indicator")).orElseThrow(
                () -> new IllegalArgumentException("unknown indicator '" + record.get("indicator") + "'"));
        Measurement measurement = new Measurement(indicator, Double.parseDouble(record.get("value")), EXAMPLE);
        Decision decision = ruleSet.decide(DecisionInput.of("EXAMPLE", persona(record), null, List.of(measurement)));
        List<IndicatorPoints> matched = decision.factors().stream()
                .filter(f -> f.factor() == indicator.factor())
                .flatMap(f -> f.evidence().stream())
                .filter(p -> p.measurement().indicator() == indicator)
                .toList();
        if (matched.isEmpty()) {
            return "gap: no row matches " + indicator.key() + " = " + measurement.value();
        }
        if (matched.size() > 1) {
            return "overlap: rows " + matched.stream().map(p -> "'" + p.rule() + "'").toList() + " all match "
                    + indicator.key() + " = " + measurement.value();
        }
        int expected = Integer.parseInt(record.get("expectedPoints"));
        int actual = matched.get(0).points();
        return actual == expected ? null
                : "expected " + expected + " points, row '" + matched.get(0).rule() + "' gives " + actual;
    }

    private static String checkBadge(CompiledRuleSet ruleSet, CSVRecord record) {
        double score = Double.parseDouble(record.get("score"));
        EnumMap<Factor, Double> given = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            given.put(factor, score);
        }
        Decision decision = ruleSet.decide(new DecisionInput("EXAMPLE", Traveller.anonymous(), null, List.of(),
                given, null, null, null));
        String expected = record.get("expectedBadge");
        return expected.equals(decision.badge()) ? null
                : "score " + decision.score() + ": expected badge " + expected + ", got " + decision.badge();
    }

    private static String checkWeights(CompiledRuleSet ruleSet, CSVRecord record) {
        EnumMap<Factor, Double> given = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            given.put(factor, 50.0);
        }
        Decision decision = ruleSet.decide(new DecisionInput("EXAMPLE", persona(record), null, List.of(),
                given, null, null, null));
        List<String> wrong = new ArrayList<>();
        for (FactorResult result : decision.factors()) {
            String key = result.factor().key();
            if (record.isMapped(key) && !record.get(key).isBlank()) {
                double expected = Double.parseDouble(record.get(key));
                if (Math.abs(expected - result.weight()) > 0.000005) {
                    wrong.add(key + " expected " + expected + ", got " + result.weight());
                }
            }
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    private static Traveller persona(CSVRecord record) {
        return new Traveller(column(record, "budgetTier"), column(record, "travelStyle"),
                column(record, "experienceLevel"), Boolean.parseBoolean(column(record, "prioritySafety")),
                column(record, "preferredClimate"),
                Optional.ofNullable(column(record, "mobilityRequirements")).orElse("none"),
                Optional.ofNullable(column(record, "languages")).map(l -> List.of(l.split("\\|"))).orElse(List.of("en")),
                0, List.of());
    }

    private static String column(CSVRecord record, String name) {
        if (!record.isMapped(name)) {
            return null;
        }
        String value = record.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** For the tests and the console: examples grouped by file. */
    public static Map<String, List<ExampleResult>> byFile(List<ExampleResult> results) {
        Map<String, List<ExampleResult>> grouped = new java.util.TreeMap<>();
        results.forEach(r -> grouped.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r));
        return grouped;
    }
}
