package travel.confidence.data.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import travel.confidence.data.opendata.OpenDataFiles;
import travel.confidence.data.opendata.OpenDataFormatException;
import travel.confidence.data.support.CsvColumns;

/** Cities are found by name inside a sentence, in the traveller's country first; a broken file fails loudly. */
class OpenDataCityDirectoryTest {

    private static final String SHIPPED = OpenDataFiles.bundled().read(OpenDataCityDirectory.FILE);
    private static final CityDirectory CITIES = new OpenDataCityDirectory(SHIPPED);

    static List<String> requiredColumns() {
        return OpenDataCityDirectory.COLUMNS;
    }

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}, {3}")
    @CsvSource(delimiter = ';', value = {
            "how far is Sevilla?;ES;Sevilla;ES",
            "¿Cómo llego a Málaga?;ES;Málaga;ES",
            "wie weit ist es nach Köln;DE;Köln;DE",
            "wie weit ist es nach Koeln;DE;Köln;DE",
            "directions to mexico city;MX;Mexico City;MX",
            "how far is Valencia;VE;Valencia;VE",
            "how far is Valencia;ES;Valencia;ES",
            "how far is Valencia;JP;Valencia;VE",
            "comment aller à Nice;FR;Nice;FR",
            "how far to Ulm;DE;Ulm;DE"})
    void a_city_named_in_a_sentence_is_found_preferring_the_travellers_country(String text, String country,
                                                                               String name, String iso2) {
        assertThat(CITIES.findIn(text, country)).hasValueSatisfying(match -> {
            assertThat(match.city().name()).isEqualTo(name);
            assertThat(match.city().countryIso2()).isEqualTo(iso2);
        });
    }

    @Test
    void the_longest_name_in_the_sentence_wins() {
        assertThat(CITIES.findIn("how do I get to Frankfurt am Main from here", "DE"))
                .hasValueSatisfying(m -> assertThat(m.matchedKey()).isEqualTo("frankfurt am main"));
    }

    @Test
    void short_names_count_only_in_the_travellers_country() {
        assertThat(CITIES.findIn("how far is Ulm", "FR")).isEmpty();
        assertThat(CITIES.findIn("where is the nearest hospital", "DE")).isEmpty();
    }

    @Test
    void a_city_reads_with_its_coordinates_and_capital_flag() {
        City madrid = CITIES.inCountry("es").get(0);

        assertThat(madrid.name()).isEqualTo("Madrid");
        assertThat(madrid.capital()).isTrue();
        assertThat(madrid.latitude()).isEqualTo(40.4165);
        assertThat(madrid.longitude()).isEqualTo(-3.70256);
        assertThat(CITIES.inCountry("ES")).hasSize(93);
    }

    @ParameterizedTest(name = "cities.csv without {0}")
    @MethodSource("requiredColumns")
    void a_file_without_a_column_the_reader_needs_fails_naming_file_and_column(String column) {
        String withoutColumn = CsvColumns.drop(SHIPPED, column);

        assertThatThrownBy(() -> new OpenDataCityDirectory(withoutColumn))
                .isInstanceOfSatisfying(OpenDataFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("cities.csv");
                    assertThat(e.getMessage()).contains(column);
                });
    }
}
