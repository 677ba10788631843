package travel.confidence.data.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.destination.SourcedValue;

/**
 * A file exactly as the World Bank's download button gives it (byte-order mark, the four-line "Data Source" /
 * "Last Updated Date" preamble, every cell quoted, 1960 onwards, a trailing comma on each line, aggregates
 * such as "World") can be dropped in for the bundled copy. The fixture keeps the original download's values.
 */
class WorldBankDownloadTest {

    private static final String FIXTURE = "/opendata/worldbank-download/API_SH.MED.PHYS.ZS.csv";

    @Test
    void a_fresh_download_with_its_preamble_parses_to_the_same_values() {
        String download = fixture();
        assertThat(download).startsWith("\uFEFF\"Data Source\"");

        WorldBankSeries series = WorldBankSeries.parse(WorldBankIndicator.PHYSICIANS, download);

        assertThat(series.latest("JPN", 2005)).contains(new WorldBankSeries.YearValue(2020, 2.614));
        assertThat(series.latest("DEU", 2005)).contains(new WorldBankSeries.YearValue(2021, 4.518));
        assertThat(series.in("JPN", 1960)).contains(1.0);
        assertThat(series.in("JPN", 2021)).isEmpty();
        assertThat(series.latest("XKX", 2005)).isEmpty();
    }

    @Test
    void a_fresh_download_dropped_into_the_data_directory_replaces_the_bundled_file(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("worldbank"));
        Files.writeString(dir.resolve(WorldBankIndicator.PHYSICIANS.file()), fixture(), StandardCharsets.UTF_8);

        Map<String, DestinationRecord> catalogue = new OpenDataCatalogue(OpenDataFiles.overriddenBy(dir)).build()
                .stream().collect(Collectors.toMap(DestinationRecord::id, Function.identity()));

        assertThat(catalogue.get("JP").indicators().get("physiciansPer1000"))
                .isEqualTo(new SourcedValue(2.614, "World Bank WDI SH.MED.PHYS.ZS", "2020"));
        assertThat(catalogue.get("DE").indicators().get("physiciansPer1000"))
                .isEqualTo(new SourcedValue(4.518, "World Bank WDI SH.MED.PHYS.ZS", "2021"));
        // France is in the bundled file but not in this download: the download is what counts now.
        assertThat(catalogue.get("FR").indicators()).doesNotContainKey("physiciansPer1000");
        // Files not dropped in still come from the bundled copy.
        assertThat(catalogue.get("FR").indicators()).containsKey("hospitalBedsPer1000");
        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(190);
    }

    @Test
    void the_checksum_changes_when_a_file_is_dropped_in(@TempDir Path dir) throws IOException {
        String bundled = OpenDataFiles.bundled().checksum();
        assertThat(OpenDataFiles.overriddenBy(dir).checksum()).isEqualTo(bundled);

        Files.createDirectories(dir.resolve("worldbank"));
        Files.writeString(dir.resolve(WorldBankIndicator.PHYSICIANS.file()), fixture(), StandardCharsets.UTF_8);

        assertThat(OpenDataFiles.overriddenBy(dir).checksum()).isNotEqualTo(bundled).hasSize(64);
    }

    private static String fixture() {
        try (InputStream in = WorldBankDownloadTest.class.getResourceAsStream(FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
