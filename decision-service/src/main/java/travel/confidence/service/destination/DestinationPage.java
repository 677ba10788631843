package travel.confidence.service.destination;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of the catalogue: {@code page} counts from 0; {@code total} is the number of matches. */
@Serdeable
record DestinationPage(List<DestinationSummary> items, int page, int size, long total) {
}
