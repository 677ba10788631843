package travel.confidence.rules.model;

import java.util.Objects;

/**
 * Where a value comes from and how old it is: the publisher or dataset, and the as-of date or year as the
 * source states it ("2023", "2025-08-14").
 */
public record Provenance(String source, String asOf) {

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** For values the traveller gave us or we derived from their own data. */
    public static Provenance traveller(String asOf) {
        return new Provenance("your profile", asOf);
    }
}
