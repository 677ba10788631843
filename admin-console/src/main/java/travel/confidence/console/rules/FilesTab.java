package travel.confidence.console.rules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import travel.confidence.console.decisionservice.RuleVersion;
import travel.confidence.console.decisionservice.RuleVersionDetail;
import travel.confidence.console.decisionservice.RuleVersionDetail.RuleFile;
import travel.confidence.console.decisionservice.RulesClient;
import travel.confidence.console.decisionservice.ValidationReport;

/**
 * A version's DRL, examples and settings files as text. A draft's DRL and examples files can be edited and
 * saved; under the editor, the latest validation's problems in this file (rule and line) are listed, so compile
 * feedback sits next to the text it is about.
 */
final class FilesTab extends VerticalLayout {

    private final RulesClient rules;
    private final Runnable changed;
    private final ComboBox<RuleFile> file = new ComboBox<>("File");
    private final TextArea text = new TextArea();
    private final Button save = new Button("Save file");
    private final Paragraph state = new Paragraph();
    private final VerticalLayout feedback = new VerticalLayout();

    private RuleVersion version;
    private Optional<ValidationReport> report = Optional.empty();

    FilesTab(RulesClient rules, Runnable changed) {
        this.rules = rules;
        this.changed = changed;
        setPadding(false);
        file.setId("rule-file");
        file.setItemLabelGenerator(RuleFile::path);
        file.setWidth("28rem");
        file.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                showFile(change.getValue());
            }
        });
        text.setId("rule-file-text");
        text.setWidthFull();
        text.setHeight("26rem");
        text.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-s)");
        text.setAriaLabel("File text");
        save.setId("save-rule-file");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveFile());
        state.setId("rule-file-state");
        feedback.setId("rule-file-feedback");
        feedback.setPadding(false);
        HorizontalLayout top = new HorizontalLayout(file, save);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top, state, text, feedback);
    }

    void show(RuleVersionDetail detail, Optional<ValidationReport> latest) {
        this.version = detail.version();
        this.report = latest;
        String previous = file.getValue() == null ? null : file.getValue().path();
        List<RuleFile> files = detail.files().stream().filter(f -> !"table".equals(f.kind())).toList();
        file.setItems(files);
        RuleFile shown = files.stream().filter(f -> f.path().equals(previous)).findFirst()
                .or(() -> files.stream().filter(f -> "drl".equals(f.kind())).findFirst())
                .orElse(files.isEmpty() ? null : files.get(0));
        // Set and shown explicitly: the same file of another version may be equal to the one shown.
        file.setValue(shown);
        showFile(shown);
    }

    private void showFile(RuleFile shown) {
        if (shown == null) {
            text.clear();
            return;
        }
        text.setValue(shown.content());
        boolean editable = version.isDraft() && shown.isEditableAsText();
        text.setReadOnly(!editable);
        save.setEnabled(editable);
        state.setText(editable ? "Editing " + shown.path() + " of draft " + version.version() + "."
                : version.isDraft() ? shown.path() + " is changed elsewhere (settings: the weights view; tables: the tables tab)."
                : version.version() + " is " + version.status() + ": only a draft changes. Copy it into a new draft to edit.");
        showFeedback(shown);
    }

    private void showFeedback(RuleFile shown) {
        feedback.removeAll();
        List<ValidationReport.Problem> here = report.map(r -> r.problems().stream()
                .filter(p -> shown.path().equals(p.file())).toList()).orElse(List.of());
        if (report.isEmpty()) {
            feedback.add(new Paragraph("No validation since the last change: validate to see compile feedback."));
            return;
        }
        if (here.isEmpty()) {
            feedback.add(new Paragraph("The latest validation found nothing wrong in this file."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ValidationReport.Problem problem : here) {
            list.add(new ListItem((problem.line() == null ? "" : "Line " + problem.line() + " · ")
                    + (problem.rule() == null ? "" : "rule \"" + problem.rule() + "\" · ") + problem.check() + ": "
                    + problem.message()));
        }
        list.setId("rule-file-problems");
        feedback.add(new Paragraph("The latest validation found in this file:"), list);
    }

    private void saveFile() {
        RuleFile shown = file.getValue();
        String name = shown.path().substring(shown.path().lastIndexOf('/') + 1);
        RuleVersion updated = "drl".equals(shown.kind()) ? rules.putDrl(version.id(), name, text.getValue())
                : rules.putExamples(version.id(), name, text.getValue());
        Notification.show("Saved " + shown.path() + " in " + updated.version() + ". Validate to check it.");
        changed.run();
    }
}
