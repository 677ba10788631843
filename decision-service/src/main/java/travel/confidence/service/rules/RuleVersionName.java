package travel.confidence.service.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a stored rule set version as responses and the decision log show it: {@code v} and its id
 * ({@code v1} is the bundled rule set the store was seeded with).
 */
public final class RuleVersionName {

    private static final Pattern NAME = Pattern.compile("v([1-9][0-9]{0,17})");

    private RuleVersionName() {
    }

    public static String of(long id) {
        return "v" + id;
    }

    public static Optional<Long> idOf(String name) {
        if (name == null) {
            return Optional.empty();
        }
        var m = NAME.matcher(name.strip());
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }
}
