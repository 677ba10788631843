package travel.confidence.api.preference;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of quarantined records, newest first; {@code page} counts from 0, {@code total} counts all matches. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QuarantinePage(List<QuarantineItem> items, int page, int size, long total) {
}
