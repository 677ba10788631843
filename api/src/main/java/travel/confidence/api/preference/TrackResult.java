package travel.confidence.api.preference;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The seed's {@code { success: boolean }}, with what became of the record: {@code success} means it is stored
 * and will not be lost. A well-formed but implausible record (a timestamp in the future, a week-long hover ...)
 * is kept for review instead of being learned from: then {@code quarantined} is true and {@code reasons}
 * lists why (codes such as {@code FUTURE_TIMESTAMP}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "Whether the record is stored, and whether it waits for review")
public record TrackResult(boolean success, boolean quarantined, List<String> reasons) {

    public static TrackResult stored() {
        return new TrackResult(true, false, List.of());
    }

    public static TrackResult quarantined(List<String> reasons) {
        return new TrackResult(true, true, List.copyOf(reasons));
    }
}
