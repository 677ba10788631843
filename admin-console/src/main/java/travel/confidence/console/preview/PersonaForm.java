package travel.confidence.console.preview;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;
import java.util.Set;
import travel.confidence.api.profile.Persona;
import travel.confidence.api.profile.Preferences;
import travel.confidence.api.profile.TravelerProfile;

/**
 * The traveller the preview scores for, in the seed's terms: budget tier, travel style, experience, preferred
 * climate, languages, safety first and mobility. A field left empty is sent as unknown, as the frontend would.
 */
final class PersonaForm extends FormLayout {

    private final ComboBox<String> budgetTier = choice("Budget tier", "budget", "mid-range", "luxury");
    private final ComboBox<String> travelStyle = choice("Travel style", "solo", "couple", "family", "group");
    private final ComboBox<String> experience = choice("Experience", "novice", "intermediate", "experienced");
    private final ComboBox<String> climate = choice("Preferred climate", "tropical", "temperate", "cold", "any");
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>("Languages spoken");
    private final Checkbox safetyFirst = new Checkbox("Safety comes first");
    private final ComboBox<String> mobility = choice("Mobility needs", "none", "moderate", "high");

    PersonaForm() {
        budgetTier.setId("persona-budget");
        travelStyle.setId("persona-style");
        experience.setId("persona-experience");
        climate.setId("persona-climate");
        languages.setId("persona-languages");
        safetyFirst.setId("persona-safety-first");
        mobility.setId("persona-mobility");
        languages.setItems(Languages.codes());
        languages.setItemLabelGenerator(Languages::label);

        budgetTier.setValue("mid-range");
        travelStyle.setValue("couple");
        experience.setValue("intermediate");
        climate.setValue("temperate");
        languages.setValue(Set.of("en"));
        mobility.setValue("none");

        add(budgetTier, travelStyle, experience, climate, languages, mobility, safetyFirst);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2), new ResponsiveStep("50em", 4));
    }

    TravelerProfile profile() {
        Persona persona = new Persona(budgetTier.getValue(), travelStyle.getValue(), experience.getValue());
        List<String> spoken = languages.getValue().stream().sorted().toList();
        Preferences preferences = new Preferences(safetyFirst.getValue(), climate.getValue(),
                spoken.isEmpty() ? null : spoken, mobility.getValue(), null);
        return new TravelerProfile(null, persona, preferences, null, null, null, null);
    }

    /** "a mid-range couple, intermediate, who like a temperate climate, speak en" */
    String summary() {
        return String.join(", ", java.util.stream.Stream.of(budgetTier.getValue(), travelStyle.getValue(),
                        experience.getValue(), climate.getValue() == null ? null : climate.getValue() + " climate",
                        languages.getValue().isEmpty() ? null : "speaks " + String.join("/", languages.getValue().stream().sorted().toList()),
                        safetyFirst.getValue() ? "safety first" : null,
                        mobility.getValue() == null ? null : mobility.getValue() + " mobility needs")
                .filter(java.util.Objects::nonNull).toList());
    }

    private static ComboBox<String> choice(String label, String... values) {
        ComboBox<String> box = new ComboBox<>(label, values);
        box.setClearButtonVisible(true);
        box.setPlaceholder("unknown");
        return box;
    }
}
