package travel.confidence.console.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import travel.confidence.console.decisionservice.ValidationReport;
import travel.confidence.console.decisionservice.ValidationReport.Problem;

/**
 * A validation report grouped the way staff fix things: compile errors first (nothing else means much until
 * the rules compile), then gaps and overlaps in the tables, other table problems, examples, and the seed's
 * property checks. Every problem lands in exactly one section.
 */
record ReportSections(List<Section> sections) {

    /** @param summary one line saying what was checked and how it went */
    record Section(String id, String title, String summary, List<Problem> problems) {

        boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    static ReportSections of(ValidationReport report) {
        ValidationReport.Summary s = report.summary();
        List<Section> sections = new ArrayList<>();
        List<Problem> compile = only(report, Set.of("compile"));
        sections.add(new Section("compile", "Compile errors", compile.isEmpty() ? "The rule set compiles."
                : compile.size() + " compile error" + plural(compile.size()) + ".", compile));
        List<Problem> coverage = only(report, Set.of("gap", "overlap"));
        sections.add(new Section("coverage", "Gaps and overlaps", s.gaps() + " gap" + plural(s.gaps()) + ", "
                + s.overlaps() + " overlap" + plural(s.overlaps()) + " in the decision tables.", coverage));
        List<Problem> table = only(report, Set.of("table"));
        if (!table.isEmpty()) {
            sections.add(new Section("table", "Table problems", table.size() + " problem" + plural(table.size())
                    + " reading the tables.", table));
        }
        List<Problem> examples = only(report, Set.of("example"));
        sections.add(new Section("example", "Examples", s.examplesRun() + " example" + plural(s.examplesRun())
                + " run, " + s.examplesFailed() + " failed.", examples));
        List<Problem> properties = only(report, Set.of("property"));
        long held = s.properties().stream().filter(ValidationReport.PropertyOutcome::passed).count();
        sections.add(new Section("property", "Property checks", s.properties().isEmpty()
                ? "Not run (they need rules that compile and examples that hold)."
                : held + " of " + s.properties().size() + " seed properties hold on generated inputs.", properties));
        List<Problem> other = report.problems().stream().filter(p -> !KNOWN.contains(p.check())).toList();
        if (!other.isEmpty()) {
            sections.add(new Section("other", "Other problems", other.size() + " other problem" + plural(other.size())
                    + ".", other));
        }
        return new ReportSections(List.copyOf(sections));
    }

    private static final Set<String> KNOWN = Set.of("compile", "gap", "overlap", "table", "example", "property");

    private static List<Problem> only(ValidationReport report, Set<String> checks) {
        return report.problems().stream().filter(p -> checks.contains(p.check())).toList();
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }
}
