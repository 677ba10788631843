package travel.confidence.service.destination;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of the catalogue: {@code page} counts from 0; {@code total} is the number of matches. A page past
 * the end has {@code items: []}: serde leaves empty lists out by default, and clients should not have to
 * guess whether a missing list means none.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record DestinationPage(List<DestinationSummary> items, int page, int size, long total) {
}
