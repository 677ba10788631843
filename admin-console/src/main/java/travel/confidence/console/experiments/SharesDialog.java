package travel.confidence.console.experiments;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import travel.confidence.console.decisionservice.Experiment;

/** New traffic shares for an experiment's variants; saving is possible only when they add up to 1. */
final class SharesDialog extends Dialog {

    SharesDialog(Experiment experiment, Consumer<Map<String, Double>> save) {
        setHeaderTitle("Shares of " + experiment.name());
        Map<String, NumberField> fields = new LinkedHashMap<>();
        VerticalLayout form = new VerticalLayout();
        Span total = new Span();
        Button saveButton = new Button("Save shares");
        Runnable check = () -> {
            boolean ok = Shares.addUpToOne(fields.values().stream().map(NumberField::getValue).toList());
            total.setText("Shares add up to " + Shares.total(fields.values().stream()
                    .map(f -> f.getValue() == null ? 0.0 : f.getValue()).toList()).stripTrailingZeros().toPlainString()
                    + (ok ? "" : ": they must add up to exactly 1"));
            saveButton.setEnabled(ok);
        };
        for (Experiment.Variant variant : experiment.variants()) {
            NumberField field = new NumberField(variant.name() + " (" + variant.version() + ")");
            field.setValue(variant.share());
            field.setStep(0.05);
            field.setMin(0);
            field.setMax(1);
            field.setStepButtonsVisible(true);
            field.addValueChangeListener(change -> check.run());
            fields.put(variant.name(), field);
            form.add(field);
        }
        form.add(total);
        add(form);
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickListener(click -> {
            Map<String, Double> shares = new LinkedHashMap<>();
            fields.forEach((name, field) -> shares.put(name, Shares.of(field.getValue()).doubleValue()));
            save.accept(shares);
            close();
        });
        getFooter().add(new Button("Cancel", click -> close()), saveButton);
        check.run();
    }
}
