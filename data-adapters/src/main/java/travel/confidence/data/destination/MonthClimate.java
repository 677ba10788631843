package travel.confidence.data.destination;

import io.micronaut.serde.annotation.Serdeable;

/** One month of the 1991-2020 climatology of a country; null where the source has no value. */
@Serdeable
public record MonthClimate(int month, Double meanTempC, Double meanTempSdC, Double minTempC, Double maxTempC,
                           Double precipMm, Double precipSdMm) {
}
