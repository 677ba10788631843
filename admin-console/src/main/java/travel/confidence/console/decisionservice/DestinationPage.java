package travel.confidence.console.decisionservice;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of the destination catalogue.
 *
 * @param page  counts from 0
 * @param total how many destinations match in all
 */
@Serdeable
public record DestinationPage(List<DestinationSummary> items, int page, int size, long total) {

    public DestinationPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
