package travel.confidence.console.experiments;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import travel.confidence.console.decisionservice.Experiment;
import travel.confidence.console.decisionservice.NewExperiment;
import travel.confidence.console.decisionservice.RuleVersion;

/**
 * A new experiment: a name, two or more variants (each a version that passed validation and a share of users;
 * the first is the control) and the guardrails, prefilled with the service's defaults. Create is possible only
 * once the shares add up to 1.
 */
final class NewExperimentDialog extends Dialog {

    private final List<RuleVersion> versions;
    private final VerticalLayout variantRows = new VerticalLayout();
    private final List<VariantRow> rows = new ArrayList<>();
    private final Span sharesTotal = new Span();
    private final TextField name = new TextField("Name");
    private final Button create = new Button("Create experiment");

    private record VariantRow(TextField name, ComboBox<RuleVersion> version, NumberField share) {
    }

    NewExperimentDialog(List<RuleVersion> versions, Consumer<NewExperiment> createIt) {
        this.versions = versions;
        setHeaderTitle("New experiment");
        setId("new-experiment-dialog");
        setWidth("min(56rem, 95vw)");
        name.setId("experiment-name");
        name.setWidth("24rem");
        name.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        name.addValueChangeListener(change -> check());
        TextField description = new TextField("Description");
        description.setId("experiment-description");
        description.setWidth("36rem");

        variantRows.setPadding(false);
        variantRows.setId("experiment-variants");
        RuleVersion live = versions.stream().filter(RuleVersion::live).findFirst().orElse(null);
        RuleVersion other = versions.stream().filter(v -> !v.live()).findFirst().orElse(null);
        addVariant("control", live, 0.5);
        addVariant("candidate", other, 0.5);
        Button addVariant = new Button("Add variant", click -> addVariant("variant" + (rows.size() + 1), null, 0.0));
        addVariant.setId("add-variant");
        sharesTotal.setId("experiment-shares-total");

        Experiment.Guardrails defaults = Experiment.Guardrails.defaults();
        NumberField maxError = fraction("Stop at error rate above", defaults.maxErrorRate());
        NumberField maxLow = fraction("Stop at Low-badge share above", defaults.maxLowBadgeShare());
        NumberField maxComplaints = fraction("Stop at complaint rate above", defaults.maxComplaintRate());
        IntegerField minDecisions = count("Only after this many decisions", defaults.minDecisions());
        IntegerField minFeedback = count("Complaints only after this many ratings", defaults.minFeedback());
        FormLayout guardrails = new FormLayout(maxError, maxLow, maxComplaints, minDecisions, minFeedback);

        add(new VerticalLayout(name, description, new H4("Variants"),
                new Paragraph("Each serves a version that passed validation to a share of users; the first is the "
                        + "control, which guardrails never stop and whose version stopped variants fall back to."),
                variantRows, new HorizontalLayout(addVariant, sharesTotal), new H4("Guardrails"), guardrails));

        create.setId("create-experiment");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            List<NewExperiment.Variant> variants = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                VariantRow row = rows.get(i);
                variants.add(new NewExperiment.Variant(row.name().getValue().strip(), row.version().getValue().id(),
                        Shares.of(row.share().getValue()).doubleValue(), i == 0));
            }
            createIt.accept(new NewExperiment(name.getValue().strip(),
                    description.getValue().isBlank() ? null : description.getValue().strip(), variants,
                    new Experiment.Guardrails(maxError.getValue(), maxLow.getValue(), maxComplaints.getValue(),
                            minDecisions.getValue(), minFeedback.getValue())));
            close();
        });
        getFooter().add(new Button("Cancel", click -> close()), create);
        check();
    }

    private void addVariant(String variantName, RuleVersion version, double share) {
        int index = rows.size();
        TextField nameField = new TextField(index == 0 ? "Control" : "Variant");
        nameField.setValue(variantName);
        nameField.setId("variant-name-" + index);
        nameField.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        ComboBox<RuleVersion> versionField = new ComboBox<>("Version");
        versionField.setId("variant-version-" + index);
        versionField.setItems(versions);
        versionField.setItemLabelGenerator(RuleVersion::caption);
        versionField.setWidth("22rem");
        versionField.setValue(version);
        NumberField shareField = new NumberField("Share");
        shareField.setId("variant-share-" + index);
        shareField.setStep(0.05);
        shareField.setMin(0);
        shareField.setMax(1);
        shareField.setStepButtonsVisible(true);
        shareField.setValue(share);
        nameField.addValueChangeListener(change -> check());
        versionField.addValueChangeListener(change -> check());
        shareField.addValueChangeListener(change -> check());
        rows.add(new VariantRow(nameField, versionField, shareField));
        HorizontalLayout line = new HorizontalLayout(nameField, versionField, shareField);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        variantRows.add(line);
        check();
    }

    private void check() {
        List<Double> shares = rows.stream().map(r -> r.share().getValue()).toList();
        boolean sharesOk = Shares.addUpToOne(shares);
        sharesTotal.setText("Shares add up to " + Shares.total(shares.stream().map(s -> s == null ? 0.0 : s).toList())
                .stripTrailingZeros().toPlainString() + (sharesOk ? "" : ": they must add up to exactly 1"));
        sharesTotal.getStyle().set("color", sharesOk ? "var(--lumo-body-text-color)" : "#B42318");
        boolean complete = rows.size() >= 2 && !name.getValue().isBlank() && rows.stream().allMatch(r ->
                !r.name().getValue().isBlank() && r.version().getValue() != null);
        create.setEnabled(sharesOk && complete);
    }

    private static NumberField fraction(String label, double value) {
        NumberField field = new NumberField(label);
        field.setValue(value);
        field.setStep(0.01);
        field.setMin(0);
        field.setMax(1);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static IntegerField count(String label, int value) {
        IntegerField field = new IntegerField(label);
        field.setValue(value);
        field.setMin(0);
        field.setStepButtonsVisible(true);
        return field;
    }
}
