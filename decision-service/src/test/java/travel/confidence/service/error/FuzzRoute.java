package travel.confidence.service.error;

import java.util.List;
import java.util.Map;

/**
 * A route the router knows, with a request that is valid for it (from {@code fuzz/seeds.json}) to start mutating
 * from.
 *
 * @param json the valid JSON body as a tree, or null
 * @param text a valid body that is not JSON (DRL, CSV, a workbook's first bytes), or null
 */
record FuzzRoute(String method, String template, List<String> variables, boolean admin, Map<String, List<String>> pathValues,
                 String query, String contentType, Object json, String text) {

    String name() {
        return method + " " + template;
    }

    boolean hasBody() {
        return json != null || text != null;
    }
}
