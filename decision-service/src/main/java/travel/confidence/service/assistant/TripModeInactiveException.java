package travel.confidence.service.assistant;

import io.micronaut.http.HttpStatus;
import java.util.Map;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.service.error.ApiException;

/** The assistant answers only while the traveller's trip mode is on. */
final class TripModeInactiveException extends ApiException {

    TripModeInactiveException() {
        super(HttpStatus.CONFLICT, ErrorCodes.TRIP_MODE_INACTIVE,
                "Trip mode is off for this traveller: switch it on (POST /api/assistant/trip-mode) to use the assistant",
                Map.of("field", "userId"), false);
    }
}
