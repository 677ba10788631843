package travel.confidence.data.phrasebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import travel.confidence.data.opendata.OpenDataFiles;
import travel.confidence.data.opendata.OpenDataFormatException;
import travel.confidence.data.support.CsvColumns;

/** The shipped phrasebook reads as the source has it; a file without a column the reader needs fails loudly. */
class OpenDataPhrasebookTest {

    private static final String SHIPPED = OpenDataFiles.bundled().read(OpenDataPhrasebook.FILE);

    private final Phrasebook phrasebook = new OpenDataPhrasebook(SHIPPED);

    @Test
    void the_shipped_file_has_twenty_phrases_in_thirty_three_languages() {
        assertThat(phrasebook.phraseIds()).hasSize(20).contains("thank_you", "hello", "help", "hospital", "police_station");
        assertThat(phrasebook.languages()).hasSize(33).contains("es", "de", "fr", "pt", "it", "el", "tr", "ar", "apc")
                .doesNotContain("ja", "zh", "ko", "th", "hi", "id");
    }

    @Test
    void a_phrase_reads_with_its_language_and_transliteration() {
        assertThat(phrasebook.find("thank_you", "es")).hasValueSatisfying(p -> {
            assertThat(p.text()).isEqualTo("Gracias");
            assertThat(p.languageName()).isEqualTo("Spanish");
            assertThat(p.english()).isEqualTo("thank you / thanks");
        });
        assertThat(phrasebook.find("ambulance", "EL")).hasValueSatisfying(p -> {
            assertThat(p.text()).isEqualTo("ασθενοφώρο / ασθενοφόρο");
            assertThat(p.transliteration()).isEqualTo("asthenoforo");
        });
        assertThat(phrasebook.find("thank_you", "de")).hasValueSatisfying(p -> assertThat(p.transliteration()).isNull());
        assertThat(phrasebook.find("thank_you", "ja")).isEmpty();
        assertThat(phrasebook.find("banana", "es")).isEmpty();
    }

    static java.util.List<String> requiredColumns() {
        return OpenDataPhrasebook.COLUMNS;
    }

    @ParameterizedTest(name = "phrasebook.csv without {0}")
    @MethodSource("requiredColumns")
    void a_file_without_a_column_the_reader_needs_fails_naming_file_and_column(String column) {
        String withoutColumn = CsvColumns.drop(SHIPPED, column);

        assertThatThrownBy(() -> new OpenDataPhrasebook(withoutColumn))
                .isInstanceOfSatisfying(OpenDataFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("phrasebook.csv");
                    assertThat(e.getMessage()).contains(column);
                });
    }
}
