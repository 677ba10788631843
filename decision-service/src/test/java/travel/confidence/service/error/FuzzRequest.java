package travel.confidence.service.error;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated request: method, the path as it goes on the wire (query included), headers and body bytes (null:
 * none). {@code raw} requests are written byte for byte on a socket, for what a well-behaved HTTP client refuses
 * to send (broken percent-encoding, control characters in the path).
 */
final class FuzzRequest {

    final String route;
    String mutation = "valid";
    String method;
    String path;
    final Map<String, String> headers = new LinkedHashMap<>();
    byte[] body;
    boolean raw;

    FuzzRequest(String route, String method, String path) {
        this.route = route;
        this.method = method;
        this.path = path;
    }

    void json(String text) {
        body = text.getBytes(StandardCharsets.UTF_8);
        headers.put("Content-Type", "application/json");
    }

    /** How to repeat it: enough to rebuild the request by hand. */
    String describe() {
        String shown = body == null ? "no body" : body.length > 300
                ? body.length + " bytes: " + new String(body, 0, 300, StandardCharsets.UTF_8) + "..."
                : new String(body, StandardCharsets.UTF_8);
        String shownPath = path.length() > 300 ? path.substring(0, 300) + "..." : path;
        return mutation + " on " + route + ": " + method + " " + shownPath + " " + headers + " " + shown;
    }
}
