package travel.confidence.service.observability;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough PromQL reading to find the metric names an alerting rule's expression uses. */
final class PromQl {

    private static final Set<String> NOT_METRICS = Set.of("sum", "max", "min", "avg", "count", "rate", "irate",
            "increase", "delta", "histogram_quantile", "time", "by", "without", "on", "ignoring", "group_left",
            "group_right", "and", "or", "unless", "bool", "offset", "absent", "clamp_min", "clamp_max", "abs");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private PromQl() {
    }

    static Set<String> metricNames(String expression) {
        String text = expression
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")                         // string literals
                .replaceAll("\\{[^}]*}", "")                                             // label matchers
                .replaceAll("\\[[^]]*]", "")                                             // ranges
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "$1");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            String word = m.group();
            boolean isNumberSuffix = m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1));
            if (!NOT_METRICS.contains(word) && !isNumberSuffix) {
                names.add(word);
            }
        }
        return names;
    }
}
