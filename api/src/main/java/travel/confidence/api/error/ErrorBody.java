package travel.confidence.api.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The seed's error object.
 *
 * @param code         a stable machine-readable code, e.g. {@code VALIDATION_FAILED}, {@code NOT_FOUND}
 * @param message      a message a person can read; never a stack trace or an internal detail
 * @param details      technical details for debugging, e.g. {@code {"field": "travelDates.endDate"}}
 * @param fallbackUsed whether the response carries fallback data
 * @param retryable    whether the same request may succeed later
 */
@Serdeable
@Schema(description = "The error: a stable code, a readable message, and whether to retry")
public record ErrorBody(String code, String message, @Nullable Map<String, Object> details, boolean fallbackUsed,
                        boolean retryable) {
}
