package travel.confidence.data.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import travel.confidence.data.support.CsvColumns;

/**
 * A data file that has lost a column the loader needs (an edited file, a source that renamed a column) must
 * stop the load with the file and the column named, never load as a catalogue with silently missing values.
 * Each case drops one column from a copy of one shipped file and points the loader at the copy.
 */
class RequiredColumnsTest {

    /** For every file the loader reads: the column that joins it to a country, and a value column it reads. */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("countries.csv", List.of("iso2", "iso3", "un_member")),
            Map.entry("travel_advisories.csv", List.of("iso2", "max_level", "us_level")),
            Map.entry("transport.csv", List.of("iso2", "lpi_infrastructure_2023")),
            Map.entry("languages_cldr.csv", List.of("iso2", "official_languages")),
            Map.entry("climate_monthly.csv", List.of("iso2", "tmean_c", "precip_mm")),
            Map.entry("emergency_numbers.csv", List.of("iso2", "police")),
            Map.entry("cities.csv", List.of("iso2", "is_capital")),
            Map.entry(WorldBankIndicator.PHYSICIANS.file(), List.of("Country Code", "Indicator Code")),
            Map.entry(WorldBankIndicator.HOSPITAL_BEDS.file(), List.of("Country Code", "Indicator Code")),
            Map.entry(WorldBankIndicator.LIFE_EXPECTANCY.file(), List.of("Country Code", "Indicator Code")),
            Map.entry(WorldBankIndicator.PRICE_LEVEL.file(), List.of("Country Code", "Indicator Code")),
            Map.entry(WorldBankIndicator.ARRIVALS.file(), List.of("Country Code", "Indicator Code")),
            Map.entry(WorldBankIndicator.POPULATION.file(), List.of("Country Code", "Indicator Code")));

    @TempDir
    Path dir;

    static Stream<Arguments> requiredColumns() {
        return REQUIRED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(column -> Arguments.of(e.getKey(), column)));
    }

    @Test
    void every_file_the_loader_reads_has_required_columns_listed_here() {
        assertThat(REQUIRED.keySet()).containsExactlyInAnyOrderElementsOf(OpenDataFiles.FILES);
    }

    @Test
    void unchanged_copies_of_the_shipped_files_load_like_the_bundled_copy() throws IOException {
        for (String file : OpenDataFiles.FILES) {
            write(file, OpenDataFiles.bundled().read(file));
        }

        assertThat(new OpenDataCatalogue(OpenDataFiles.overriddenBy(dir)).build())
                .isEqualTo(new OpenDataCatalogue(OpenDataFiles.bundled()).build());
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredColumns")
    void a_file_without_a_column_the_loader_needs_fails_the_load_naming_file_and_column(String file, String column)
            throws IOException {
        String original = OpenDataFiles.bundled().read(file);
        String withoutColumn = dropColumn(original, column);
        assertThat(withoutColumn).isNotEqualTo(original);
        write(file, withoutColumn);

        OpenDataCatalogue catalogue = new OpenDataCatalogue(OpenDataFiles.overriddenBy(dir));

        assertThatThrownBy(catalogue::build)
                .isInstanceOfSatisfying(OpenDataFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.getMessage()).contains(file).contains(column);
                });
    }

    private void write(String file, String text) throws IOException {
        Path target = dir.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }

    private static String dropColumn(String csv, String column) {
        return CsvColumns.drop(csv, column);
    }
}
