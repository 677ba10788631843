package travel.confidence.service.error;

import io.micronaut.http.HttpStatus;
import java.util.Map;
import travel.confidence.api.error.ErrorCodes;

/** Something the caller named does not exist. */
public final class NotFoundException extends ApiException {

    public NotFoundException(String code, String message, Map<String, Object> details) {
        super(HttpStatus.NOT_FOUND, code, message, details, false);
    }

    public static NotFoundException destination(String id) {
        return new NotFoundException(ErrorCodes.DESTINATION_NOT_FOUND, "No destination with id '" + shorten(id) + "'",
                Map.of("field", "destinationId", "value", shorten(id)));
    }

    /** Echoing a huge or hostile id back would only help an attacker; a short prefix is enough to debug. */
    static String shorten(String value) {
        if (value == null) {
            return "";
        }
        String printable = value.replaceAll("[^\\p{Print}]", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "..." : printable;
    }
}
