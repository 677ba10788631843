package travel.confidence.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.naming.NameUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: "configuration documented in one README table (every property, default, what it does)". Every
 * {@code @ConfigurationProperties} record the service runs with (its own and the data adapters', found on the
 * class path by reading the compiled classes under {@code travel/confidence}) names a property per component,
 * {@code PREFIX.kebab-case-name}; each must be a row of the root README's configuration table, with the record's
 * default in that row. A property added without a row, or a default changed without the table, fails here.
 */
class ConfigurationTableTest {

    static final Path README = Path.of("..", "README.md");
    private static final String PACKAGE_ROOT = "travel/confidence";
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /**
     * Rows of the table that are not components of a record on this class path, each for a reason: the CORS
     * origins are read by {@code application.yml}, the log format by {@code logback.xml} before the context
     * exists, the console's settings by the console (another module).
     */
    private static final Set<String> DOCUMENTED_ELSEWHERE = Set.of(
            "confidence.security.allowed-origins", "confidence.log-format",
            "confidence.console.port", "confidence.console.host");

    @Test
    void the_settings_records_are_found_on_the_class_path() {
        assertThat(settingsRecords()).extracting(Class::getSimpleName)
                .as("the scan finds records of the service and of the data adapters")
                .contains("ScoringSettings", "SecuritySettings", "RateLimitSettings", "ObservabilitySettings",
                        "MongoSettings", "DataDirectory", "OpenMeteoSettings")
                .hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void every_property_of_every_settings_record_has_a_row_in_the_readme_configuration_table() {
        Map<String, String> table = configurationTable();
        List<String> undocumented = properties().keySet().stream().filter(key -> !table.containsKey(key)).toList();
        assertThat(undocumented).as("properties without a row in the configuration table of " + README).isEmpty();
    }

    @Test
    void every_row_shows_the_default_the_record_declares() {
        Map<String, String> table = configurationTable();
        List<String> wrong = new ArrayList<>();
        properties().forEach((key, declared) -> declared.ifPresent(value -> {
            String row = table.get(key);
            if (row != null && !codeSpans(cell(row, 1)).contains(value)) {
                wrong.add(key + ": the record says `" + value + "`, the table says " + cell(row, 1).strip());
            }
        }));
        assertThat(wrong).as("defaults in the configuration table of " + README).isEmpty();
    }

    @Test
    void every_confidence_property_in_the_table_exists() {
        Set<String> known = new TreeSet<>(properties().keySet());
        known.addAll(DOCUMENTED_ELSEWHERE);
        List<String> stale = configurationTable().keySet().stream()
                .filter(key -> key.startsWith("confidence.") && !known.contains(key)).toList();
        assertThat(stale).as("rows naming a property no settings record has").isEmpty();
    }

    /** Every property key, in declaration order, with the default its record declares (if any). */
    private static Map<String, Optional<String>> properties() {
        Map<String, Optional<String>> keys = new LinkedHashMap<>();
        for (Class<?> settings : settingsRecords()) {
            String prefix = settings.getAnnotation(ConfigurationProperties.class).value();
            for (RecordComponent component : settings.getRecordComponents()) {
                Optional<String> declared = Optional.ofNullable(component.getAccessor().getAnnotation(Bindable.class))
                        .map(Bindable::defaultValue).filter(value -> !value.isEmpty());
                keys.put(prefix + "." + NameUtils.hyphenate(component.getName()), declared);
            }
        }
        return keys;
    }

    /** The rows of the README's "Configuration" table, by each key written in code in their first cell. */
    private static Map<String, String> configurationTable() {
        String readme = read(README);
        int start = readme.indexOf("\n## Configuration\n");
        assertThat(start).as("a Configuration section in " + README).isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Map<String, String> rows = new LinkedHashMap<>();
        section.lines().filter(line -> line.startsWith("|") && !line.startsWith("|---")).forEach(row ->
                codeSpans(cell(row, 0)).forEach(key -> rows.putIfAbsent(key, row)));
        assertThat(rows).as("rows in the configuration table of " + README).isNotEmpty();
        return rows;
    }

    private static String cell(String row, int index) {
        String[] cells = row.split("\\|", -1); // cells[0] is what precedes the first bar
        return index + 1 < cells.length ? cells[index + 1] : "";
    }

    private static List<String> codeSpans(String text) {
        List<String> spans = new ArrayList<>();
        Matcher matcher = CODE.matcher(text);
        while (matcher.find()) {
            spans.add(matcher.group(1));
        }
        return spans;
    }

    /** The {@code @ConfigurationProperties} records among the compiled classes under {@code travel/confidence}. */
    static List<Class<?>> settingsRecords() {
        Set<String> classNames = new TreeSet<>();
        try {
            for (URL root : Collections.list(ConfigurationTableTest.class.getClassLoader().getResources(PACKAGE_ROOT))) {
                classNames.addAll(classesUnder(root));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classNames.stream().map(ConfigurationTableTest::load)
                .filter(type -> type.isRecord() && type.isAnnotationPresent(ConfigurationProperties.class))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    private static Set<String> classesUnder(URL root) throws IOException {
        Set<String> names = new TreeSet<>();
        if (root.getProtocol().equals("jar")) {
            try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
                jar.stream().map(JarEntry::getName).filter(name -> name.startsWith(PACKAGE_ROOT + "/"))
                        .filter(ConfigurationTableTest::isTopLevelClass).forEach(name -> names.add(className(name)));
            }
            return names;
        }
        Path directory = path(root);
        Path classesRoot = directory.getParent().getParent(); // above travel/confidence
        try (Stream<Path> files = Files.walk(directory)) {
            files.map(file -> classesRoot.relativize(file).toString().replace('\\', '/'))
                    .filter(ConfigurationTableTest::isTopLevelClass).forEach(name -> names.add(className(name)));
        }
        return names;
    }

    private static boolean isTopLevelClass(String name) {
        return name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class")
                && !name.contains("/$") && !name.substring(name.lastIndexOf('/') + 1).startsWith("$");
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ConfigurationTableTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    private static Path path(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
