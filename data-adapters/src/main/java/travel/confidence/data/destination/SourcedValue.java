package travel.confidence.data.destination;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A raw value with where it comes from and how old it is, as stored in a destination document.
 *
 * @param source the publisher and dataset ("World Bank WDI SH.MED.PHYS.ZS")
 * @param asOf   the year or date the source gives for the value ("2021", "2025-08-14")
 */
@Serdeable
public record SourcedValue(double value, String source, String asOf) {
}
