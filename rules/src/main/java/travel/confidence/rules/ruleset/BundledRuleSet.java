package travel.confidence.rules.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default rule set shipped in this module under {@code rulesets/default/}. Its {@code index.txt} lists
 * the files, because a directory inside a jar cannot be listed portably.
 */
public final class BundledRuleSet {

    private static final String ROOT = "rulesets/default/";

    private BundledRuleSet() {
    }

    public static RuleSet load() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : read("index.txt").split("\n")) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) {
                files.put(path, read(path));
            }
        }
        return new RuleSet(files);
    }

    private static String read(String path) {
        try (InputStream in = BundledRuleSet.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule set file missing: " + ROOT + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
