package travel.confidence.service.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every sentence exists in every language, with the same placeholders, so no answer breaks in one language. */
class MessagesTest {

    private final Messages messages = new Messages();

    @ParameterizedTest(name = "messages_{0} has every key of messages_en with the same placeholders")
    @ValueSource(strings = {"es", "fr", "de"})
    void every_language_has_every_sentence_with_the_same_placeholders(String language) {
        var english = messages.all("en");
        var other = messages.all(language);

        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(other.getProperty(key))).as("%s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void a_reply_comes_in_the_requested_language_or_english() {
        assertThat(Messages.replyLanguage("es-MX")).isEqualTo("es");
        assertThat(Messages.replyLanguage("DE")).isEqualTo("de");
        assertThat(Messages.replyLanguage("fr_CA")).isEqualTo("fr");
        assertThat(Messages.replyLanguage("ja")).isEqualTo("en");
        assertThat(messages.text("ja", "emergency.general", "number", "112")).isEqualTo("The general emergency number is 112.");
        assertThat(messages.text("es", "emergency.general", "number", "112")).isEqualTo("El número general de emergencias es el 112.");
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = Messages.PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
