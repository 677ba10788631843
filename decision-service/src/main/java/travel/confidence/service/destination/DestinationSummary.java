package travel.confidence.service.destination;

import io.micronaut.serde.annotation.Serdeable;
import travel.confidence.data.destination.DestinationRecord;

/**
 * A destination in the catalogue list.
 *
 * @param factorsWithData how many of the eight factors the open data can score for it
 */
@Serdeable
record DestinationSummary(String id, String name, String region, String subregion, boolean unMember,
                          int factorsWithData) {

    static DestinationSummary of(DestinationRecord record) {
        return new DestinationSummary(record.id(), record.name(), record.region(), record.subregion(),
                record.unMember(), record.factorsWithData());
    }
}
