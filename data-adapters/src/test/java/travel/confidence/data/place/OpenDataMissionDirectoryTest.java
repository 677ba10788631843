package travel.confidence.data.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import travel.confidence.data.opendata.OpenDataFiles;
import travel.confidence.data.opendata.OpenDataFormatException;
import travel.confidence.data.support.CsvColumns;

/** Missions are read by host country with what a traveller needs to reach them; a broken file fails loudly. */
class OpenDataMissionDirectoryTest {

    private static final String SHIPPED = OpenDataFiles.bundled().read(OpenDataMissionDirectory.FILE);
    private static final MissionDirectory MISSIONS = new OpenDataMissionDirectory(SHIPPED);

    static List<String> requiredColumns() {
        return OpenDataMissionDirectory.COLUMNS;
    }

    @Test
    void a_host_countrys_missions_read_with_operator_place_and_contact() {
        assertThat(MISSIONS.inCountry("es")).hasSize(147);
        assertThat(MISSIONS.inCountry("ES")).filteredOn(m -> "US".equals(m.operatorIso2())).singleElement()
                .satisfies(m -> {
                    assertThat(m.operator()).isEqualTo("United States of America");
                    assertThat(m.type()).isEqualTo("embassy");
                    assertThat(m.city()).isEqualTo("Madrid");
                    assertThat(m.latitude()).isEqualTo(40.434647222);
                    assertThat(m.website()).isEqualTo("https://es.usembassy.gov/");
                    assertThat(m.phone()).isNull();
                });
        assertThat(MISSIONS.inCountry("LI")).isEmpty();
    }

    @ParameterizedTest(name = "diplomatic_missions.csv without {0}")
    @MethodSource("requiredColumns")
    void a_file_without_a_column_the_reader_needs_fails_naming_file_and_column(String column) {
        String withoutColumn = CsvColumns.drop(SHIPPED, column);

        assertThatThrownBy(() -> new OpenDataMissionDirectory(withoutColumn))
                .isInstanceOfSatisfying(OpenDataFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("diplomatic_missions.csv");
                    assertThat(e.getMessage()).contains(column);
                });
    }
}
