package travel.confidence.console.decisionservice;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A destination as the catalogue lists it.
 *
 * @param factorsWithData how many of the eight factors the open data can score for it
 */
@Serdeable
public record DestinationSummary(String id, String name, String region, String subregion, boolean unMember,
                                 int factorsWithData) {
}
