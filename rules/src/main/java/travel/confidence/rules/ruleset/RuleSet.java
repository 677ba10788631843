package travel.confidence.rules.ruleset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A rule set as product staff edit it: a set of text files by path. Paths say what a file is:
 * <ul>
 *   <li>{@code tables/NAME.drl.csv} a Drools decision table in CSV form;</li>
 *   <li>{@code drl/NAME.drl} rules in the Drools Rule Language;</li>
 *   <li>{@code settings.properties} default weights and the fallback numbers;</li>
 *   <li>{@code examples/NAME.csv} examples (input and expected output) a version must satisfy.</li>
 * </ul>
 * The checksum covers every path and byte, so two versions with the same files have the same checksum.
 */
public record RuleSet(Map<String, String> files) {

    public static final String SETTINGS = "settings.properties";
    public static final String TABLES = "tables/";
    public static final String DRL = "drl/";
    public static final String EXAMPLES = "examples/";

    public RuleSet {
        Objects.requireNonNull(files, "files");
        files = Map.copyOf(new TreeMap<>(files.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey(), e -> normaliseLineEnds(e.getValue())))));
    }

    private static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    public Map<String, String> decisionTables() {
        return filesUnder(TABLES);
    }

    public Map<String, String> drlFiles() {
        return filesUnder(DRL);
    }

    public Map<String, String> examples() {
        return filesUnder(EXAMPLES);
    }

    public String settings() {
        String settings = files.get(SETTINGS);
        if (settings == null) {
            throw new IllegalStateException("the rule set has no " + SETTINGS);
        }
        return settings;
    }

    private Map<String, String> filesUnder(String prefix) {
        return new TreeMap<>(files.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    public RuleSet withFile(String path, String content) {
        TreeMap<String, String> copy = new TreeMap<>(files);
        copy.put(path, content);
        return new RuleSet(copy);
    }

    public RuleSet withoutFile(String path) {
        TreeMap<String, String> copy = new TreeMap<>(files);
        copy.remove(path);
        return new RuleSet(copy);
    }

    /** SHA-256 over the sorted paths and contents, hex encoded. */
    public String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
