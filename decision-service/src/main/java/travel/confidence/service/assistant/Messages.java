package travel.confidence.service.assistant;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assistant's sentences in English, Spanish, French and German ({@code assistant/messages_xx.properties},
 * UTF-8), with named placeholders such as {@code {country}} so translators see what goes where. Any other
 * language is answered in English.
 */
@Singleton
class Messages {

    static final List<String> LANGUAGES = List.of("en", "es", "fr", "de");
    static final String DEFAULT = "en";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Map<String, Properties> byLanguage = new HashMap<>();

    Messages() {
        for (String language : LANGUAGES) {
            byLanguage.put(language, load("assistant/messages_" + language + ".properties"));
        }
    }

    /** en, es, fr or de from a BCP 47 tag ("es-MX" is es); anything else is en. */
    static String replyLanguage(String tag) {
        if (tag == null) {
            return DEFAULT;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LANGUAGES.contains(primary) ? primary : DEFAULT;
    }

    Locale locale(String language) {
        return Locale.forLanguageTag(replyLanguage(language));
    }

    /** The sentence {@code key} in the language, with {@code values} given as name, value, name, value ... */
    String text(String language, String key, Object... values) {
        String template = template(language, key);
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            named.put(String.valueOf(values[i]), String.valueOf(values[i + 1]));
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = named.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("message " + key + " needs a value for {" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    String template(String language, String key) {
        String value = byLanguage.get(replyLanguage(language)).getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no message " + key + " in " + replyLanguage(language));
        }
        return value;
    }

    Properties all(String language) {
        Properties copy = new Properties();
        copy.putAll(byLanguage.get(replyLanguage(language)));
        return copy;
    }

    private static Properties load(String resource) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
