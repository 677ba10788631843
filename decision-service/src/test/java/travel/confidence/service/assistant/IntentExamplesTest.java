package travel.confidence.service.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of {@code assistant/intent-examples.csv} is understood as the file says, in all four
 * languages, follow-ups included: the intent rules are data, and their examples are the rules' tests.
 */
class IntentExamplesTest {

    private static final IntentRules RULES = new IntentRules();

    static List<Arguments> examples() {
        String csv = IntentRules.read("assistant/intent-examples.csv").lines().filter(l -> !l.startsWith("#"))
                .collect(Collectors.joining("\n"));
        List<Arguments> examples = new ArrayList<>();
        try {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv))) {
                examples.add(Arguments.of(row.get("language"), row.get("question"), row.get("previous"),
                        row.get("intent"), row.get("topic")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    @ParameterizedTest(name = "{0}: \"{1}\" after \"{2}\" is {3}/{4}")
    @MethodSource("examples")
    void each_example_is_understood_as_the_file_says(String language, String question, String previous,
                                                       String intent, String topic) {
        Understood before = previous.isBlank() ? null : understood(previous);

        Understood understood = RULES.read(question, before);

        assertThat(understood.intent().map(Intent::wire).orElse("none")).as("intent").isEqualTo(intent);
        assertThat(Optional.ofNullable(understood.topic()).orElse("")).as("topic").isEqualTo(topic);
    }

    @Test
    void there_are_examples_of_every_intent_in_every_language() {
        List<Arguments> examples = examples();
        for (Intent intent : Intent.values()) {
            for (String language : IntentRules.LANGUAGES) {
                assertThat(examples).as("%s examples in %s", intent.wire(), language)
                        .anySatisfy(a -> {
                            assertThat(a.get()[0]).isEqualTo(language);
                            assertThat(a.get()[3]).isEqualTo(intent.wire());
                        });
            }
        }
    }

    @Test
    void every_intent_has_rules_in_every_language() {
        for (Intent intent : Intent.values()) {
            for (String language : IntentRules.LANGUAGES) {
                assertThat(RULES.rules()).as("%s rules in %s", intent.wire(), language)
                        .anyMatch(r -> r.intent() == intent && r.language().equals(language) && r.topic() == null);
            }
        }
    }

    @Test
    void a_rule_naming_an_unknown_intent_fails_with_its_line() {
        String broken = "intent,topic,language,weight,phrases\nemergency,,en,2,help\nshopping,,en,2,buy\n";

        assertThatThrownBy(() -> new IntentRules(broken))
                .hasMessageContaining("rule 2").hasMessageContaining("unknown intent 'shopping'");
    }

    @Test
    void a_rule_with_a_weight_that_is_not_a_number_fails_with_its_line() {
        String broken = "intent,topic,language,weight,phrases\nemergency,,en,two,help\n";

        assertThatThrownBy(() -> new IntentRules(broken)).hasMessageContaining("rule 1").hasMessageContaining("'two'");
    }

    private static Understood understood(String previous) {
        String[] parts = previous.split("/", -1);
        return new Understood(Intent.byWire(parts[0]), parts.length > 1 && !parts[1].isBlank() ? parts[1] : null, false);
    }
}
