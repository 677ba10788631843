package travel.confidence.console.rules;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import travel.confidence.console.decisionservice.ValidationReport;
import travel.confidence.console.decisionservice.ValidationReport.Problem;
import travel.confidence.console.widgets.Pill;
import travel.confidence.console.widgets.Tone;

/** A version's latest validation report, grouped by kind of check; each group opens when it has problems. */
final class ValidationPanel extends VerticalLayout {

    ValidationPanel() {
        setId("validation-report");
        setPadding(false);
        show(Optional.empty());
    }

    void show(Optional<ValidationReport> latest) {
        removeAll();
        if (latest.isEmpty()) {
            add(new Paragraph("Not validated since it last changed. Run validation to check it."));
            return;
        }
        ValidationReport report = latest.get();
        Pill verdict = report.valid() ? new Pill("passes every check", Tone.GOOD)
                : new Pill(report.problems().size() + " problem" + (report.problems().size() == 1 ? "" : "s"), Tone.BAD);
        verdict.setId("validation-verdict");
        Div heading = new Div(verdict, new com.vaadin.flow.component.html.Span(" " + report.version() + ", checked "
                + report.checkedAt() + " by " + report.checkedBy() + " (checksum " + shortChecksum(report.checksum())
                + ")"));
        add(heading);
        for (ReportSections.Section section : ReportSections.of(report).sections()) {
            VerticalLayout content = new VerticalLayout();
            content.setPadding(false);
            if ("property".equals(section.id()) && !report.summary().properties().isEmpty()) {
                content.add(properties(report));
            }
            if (section.hasProblems()) {
                content.add(problems(section));
            }
            if (!section.hasProblems() && !"property".equals(section.id())) {
                content.add(new Paragraph("Nothing found."));
            }
            Details details = new Details(section.title() + ": " + section.summary(), content);
            details.setId("validation-" + section.id());
            details.setOpened(section.hasProblems());
            add(details);
        }
    }

    private static UnorderedList properties(ValidationReport report) {
        UnorderedList list = new UnorderedList();
        for (ValidationReport.PropertyOutcome outcome : report.summary().properties()) {
            list.add(new ListItem("Property " + outcome.property() + ", " + outcome.name() + ": "
                    + (outcome.passed() ? "holds" : "fails") + " on " + outcome.examples() + " generated inputs"
                    + (outcome.counterexample() == null ? "" : "; counterexample " + outcome.counterexample())));
        }
        return list;
    }

    private static NativeTable problems(ReportSections.Section section) {
        NativeTable table = new NativeTable();
        table.addClassName("validation-problems");
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        NativeTableRow head = table.getHead().addRow();
        for (String title : new String[] {"File", "Table or rule", "Line", "Problem"}) {
            head.addHeaderCell().add(title);
        }
        for (Problem problem : section.problems()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().add(text(problem.file()));
            row.addDataCell().add(text(problem.rule() != null ? problem.rule() : problem.table()));
            row.addDataCell().add(problem.line() == null ? "" : problem.line().toString());
            row.addDataCell().add(problem.message());
        }
        java.util.stream.Stream.concat(table.getHead().getRows().stream(), table.getBody().getRows().stream())
                .forEach(r -> r.getAllCells().forEach(cell -> ((com.vaadin.flow.component.HasStyle) cell).getStyle()
                        .set("text-align", "left").set("vertical-align", "top").set("padding", "4px 8px")
                        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)")));
        return table;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static String shortChecksum(String checksum) {
        return checksum == null || checksum.length() <= 12 ? String.valueOf(checksum) : checksum.substring(0, 12);
    }
}
