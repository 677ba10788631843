package travel.confidence.data.place;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import travel.confidence.data.opendata.CsvTable;
import travel.confidence.data.opendata.OpenDataFormatException;
import travel.confidence.data.opendata.OpenDataSettings;

/**
 * {@code diplomatic_missions.csv} (Wikidata, CC0, 2022-11-16) from the bundled open data or the open data
 * directory, read once. Rows without a host country are left out: nobody can be sent to them by country.
 */
@Singleton
class OpenDataMissionDirectory implements MissionDirectory {

    static final String FILE = "diplomatic_missions.csv";
    static final List<String> COLUMNS = List.of("wikidata_qid", "type", "operator", "operator_iso2", "country_iso2",
            "city", "latitude", "longitude", "phone", "website");
    static final String SOURCE = "Wikidata diplomatic missions (CC0), 2022-11-16";

    private final Map<String, List<DiplomaticMission>> byHost;

    @Inject
    OpenDataMissionDirectory(OpenDataSettings openData) {
        this(openData.files().read(FILE));
    }

    OpenDataMissionDirectory(String csv) {
        CsvTable table = CsvTable.parse(FILE, csv, COLUMNS);
        Map<String, List<DiplomaticMission>> hosts = new HashMap<>();
        for (CSVRecord row : table.records()) {
            String host = CsvTable.text(row, "country_iso2").map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
            if (host == null) {
                continue;
            }
            try {
                hosts.computeIfAbsent(host, k -> new ArrayList<>()).add(new DiplomaticMission(
                        row.get("wikidata_qid").strip(), row.get("type").strip(), row.get("operator").strip(),
                        CsvTable.text(row, "operator_iso2").map(c -> c.toUpperCase(Locale.ROOT)).orElse(null), host,
                        CsvTable.text(row, "city").orElse(null), table.number(row, "latitude").orElseThrow(),
                        table.number(row, "longitude").orElseThrow(), CsvTable.text(row, "phone").orElse(null),
                        CsvTable.text(row, "website").orElse(null)));
            } catch (java.util.NoSuchElementException e) {
                throw new OpenDataFormatException(FILE, "line " + row.getRecordNumber() + " has no coordinates");
            }
        }
        hosts.replaceAll((k, v) -> List.copyOf(v));
        this.byHost = Map.copyOf(hosts);
    }

    @Override
    public List<DiplomaticMission> inCountry(String hostIso2) {
        return hostIso2 == null ? List.of() : byHost.getOrDefault(hostIso2.strip().toUpperCase(Locale.ROOT), List.of());
    }

    @Override
    public String source() {
        return SOURCE;
    }
}
