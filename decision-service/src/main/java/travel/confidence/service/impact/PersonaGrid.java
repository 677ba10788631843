package travel.confidence.service.impact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import travel.confidence.rules.model.Traveller;

/**
 * The travellers an impact preview scores every destination for: the anonymous default and personas that set
 * off the persona rules one way or another, so a change that matters to some travellers only still shows.
 */
final class PersonaGrid {

    static final Map<String, Traveller> PERSONAS = personas();

    private PersonaGrid() {
    }

    private static Map<String, Traveller> personas() {
        Map<String, Traveller> personas = new LinkedHashMap<>();
        personas.put("anonymous", Traveller.anonymous());
        personas.put("novice-family-on-a-budget",
                new Traveller("budget", "family", "novice", false, "any", "none", List.of("en"), 0, List.of()));
        personas.put("experienced-solo-luxury",
                new Traveller("luxury", "solo", "experienced", false, "any", "none", List.of("en"), 12, List.of()));
        personas.put("couple-wanting-warmth",
                new Traveller("mid-range", "couple", "intermediate", false, "tropical", "none", List.of("en"), 3, List.of()));
        personas.put("group-on-a-budget",
                new Traveller("budget", "group", "intermediate", false, "temperate", "none", List.of("en"), 2, List.of()));
        personas.put("safety-first-solo",
                new Traveller("mid-range", "solo", "novice", true, "any", "none", List.of("en"), 0, List.of()));
        personas.put("high-mobility-needs",
                new Traveller("mid-range", "couple", "experienced", false, "temperate", "high", List.of("en"), 8, List.of()));
        personas.put("spanish-speaking-couple",
                new Traveller("mid-range", "couple", "intermediate", false, "any", "none", List.of("es"), 4, List.of()));
        return java.util.Collections.unmodifiableMap(personas);
    }
}
