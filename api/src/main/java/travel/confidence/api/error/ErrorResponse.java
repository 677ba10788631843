package travel.confidence.api.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The seed's {@code ErrorResponse}: every error the service sends has this shape, with a stable code.
 *
 * @param fallbackData partial data when some is available (for example a preliminary score)
 */
@Serdeable
@Schema(description = "Every error the service returns")
public record ErrorResponse(ErrorBody error, @Nullable Object fallbackData) {

    public static ErrorResponse of(ErrorBody error) {
        return new ErrorResponse(error, null);
    }
}
