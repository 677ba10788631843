package travel.confidence.data.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import travel.confidence.data.destination.Advisory;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.destination.EmergencyNumbers;
import travel.confidence.data.destination.MonthClimate;
import travel.confidence.data.destination.Place;
import travel.confidence.data.destination.SourcedValue;

/**
 * The catalogue built from the open data shipped in the jar: every UN member is there, values are the
 * sources' own with their source and year, and what a source lacks stays missing.
 */
class OpenDataCatalogueTest {

    private static final Map<String, DestinationRecord> CATALOGUE = new OpenDataCatalogue(OpenDataFiles.bundled())
            .build().stream().collect(Collectors.toMap(DestinationRecord::id, Function.identity()));

    private static final String PHYSICIANS = "World Bank WDI SH.MED.PHYS.ZS";
    private static final String ALL_THREE_GOVERNMENTS =
            "Travel advisories: U.S. Department of State, Global Affairs Canada, Australian Smartraveller";

    @Test
    void every_un_member_state_is_a_destination_flagged_as_a_member() {
        List<String> members = unMemberStates();

        assertThat(members).hasSize(193);
        assertThat(CATALOGUE).containsKeys(members.toArray(String[]::new));
        assertThat(members).allSatisfy(id -> assertThat(CATALOGUE.get(id).unMember()).as(id).isTrue());
        assertThat(CATALOGUE.values().stream().filter(DestinationRecord::unMember).count()).isGreaterThanOrEqualTo(190);
    }

    @Test
    void every_un_member_state_has_an_advisory_level_a_life_expectancy_and_a_population() {
        assertThat(unMemberStates()).allSatisfy(id -> assertThat(CATALOGUE.get(id).indicators()).as(id)
                .containsKeys("advisoryMaxLevel", "lifeExpectancyYears", "population"));
    }

    @Test
    void entities_that_are_not_un_members_are_kept_but_not_flagged() {
        assertThat(CATALOGUE.get("TW").unMember()).isFalse();
        assertThat(CATALOGUE.get("PS").unMember()).isFalse();
        assertThat(CATALOGUE.get("XK").unMember()).isFalse();
        assertThat(CATALOGUE.get("TW").name()).isEqualTo("Taiwan");
    }

    @Test
    void japan_has_its_physicians_and_hospital_beds_from_the_latest_world_bank_year() {
        DestinationRecord japan = CATALOGUE.get("JP");

        assertThat(japan.iso3()).isEqualTo("JPN");
        assertThat(japan.region()).isEqualTo("Asia");
        assertThat(japan.subregion()).isEqualTo("Eastern Asia");
        assertThat(japan.indicators().get("physiciansPer1000")).isEqualTo(new SourcedValue(2.614, PHYSICIANS, "2020"));
        assertThat(japan.indicators().get("hospitalBedsPer1000"))
                .isEqualTo(new SourcedValue(12.98, "World Bank WDI SH.MED.BEDS.ZS", "2018"));
        assertThat(japan.indicators().get("lifeExpectancyYears"))
                .isEqualTo(new SourcedValue(84.0412195121951, "World Bank WDI SP.DYN.LE00.IN", "2023"));
    }

    @Test
    void japan_crowding_is_its_2019_arrivals_per_resident() {
        DestinationRecord japan = CATALOGUE.get("JP");

        assertThat(japan.indicators().get("arrivals2019"))
                .isEqualTo(new SourcedValue(31_881_000, "World Bank WDI ST.INT.ARVL", "2019"));
        // 31,881,000 arrivals / 126,633,000 residents in 2019, to four places.
        assertThat(japan.indicators().get("arrivalsPerResident"))
                .isEqualTo(new SourcedValue(0.2518, "World Bank WDI ST.INT.ARVL / SP.POP.TOTL", "2019"));
    }

    @Test
    void germany_has_its_2023_logistics_infrastructure_score_and_its_air_routes() {
        DestinationRecord germany = CATALOGUE.get("DE");

        assertThat(germany.indicators().get("lpiInfrastructure"))
                .isEqualTo(new SourcedValue(4.3, "World Bank Logistics Performance Index", "2023"));
        assertThat(germany.indicators().get("lpiOverall"))
                .isEqualTo(new SourcedValue(4.1, "World Bank Logistics Performance Index", "2023"));
        assertThat(germany.indicators().get("internationalInboundRoutes"))
                .isEqualTo(new SourcedValue(2123, "OpenFlights routes (June 2014)", "2014"));
    }

    @Test
    void japan_has_the_advisories_of_all_three_governments_dated_by_the_latest_update() {
        DestinationRecord japan = CATALOGUE.get("JP");

        assertThat(japan.advisories()).containsExactly(
                new Advisory("U.S. Department of State", 1, "Level 1: Exercise Normal Precautions", "2025-05-15"),
                new Advisory("Global Affairs Canada", 1, "Take normal security precautions", "2026-08-17"),
                new Advisory("Australian Smartraveller", 1, "Exercise normal safety precautions", "2025-07-31"));
        assertThat(japan.indicators().get("advisoryMaxLevel"))
                .isEqualTo(new SourcedValue(1.0, ALL_THREE_GOVERNMENTS, "2026-08-17"));
        assertThat(japan.indicators().get("advisoryMeanLevel"))
                .isEqualTo(new SourcedValue(1.0, ALL_THREE_GOVERNMENTS, "2026-08-17"));
    }

    @Test
    void afghanistan_and_kosovo_keep_their_advisory_levels_as_published() {
        assertThat(CATALOGUE.get("AF").indicators().get("advisoryMaxLevel").value()).isEqualTo(4.0);
        assertThat(CATALOGUE.get("XK").indicators().get("advisoryMaxLevel").value()).isEqualTo(2.0);
        assertThat(CATALOGUE.get("XK").indicators().get("advisoryMeanLevel").value()).isEqualTo(1.67);
    }

    @Test
    void kosovo_gets_its_world_bank_values_through_the_world_banks_own_code_xkx() {
        DestinationRecord kosovo = CATALOGUE.get("XK");

        assertThat(kosovo.iso3()).isEqualTo("UNK");
        assertThat(kosovo.indicators().get("lifeExpectancyYears"))
                .isEqualTo(new SourcedValue(78.033, "World Bank WDI SP.DYN.LE00.IN", "2023"));
        assertThat(kosovo.indicators().get("population"))
                .isEqualTo(new SourcedValue(1_594_353, "World Bank WDI SP.POP.TOTL", "2024"));
        assertThat(kosovo.indicators().get("priceLevelRatio"))
                .isEqualTo(new SourcedValue(0.392024851449558, "World Bank WDI PA.NUS.PPPC.RF", "2024"));
    }

    @Test
    void values_a_source_does_not_have_stay_missing() {
        // The World Bank has no physicians, hospital beds or arrivals for Kosovo ...
        assertThat(CATALOGUE.get("XK").indicators())
                .doesNotContainKeys("physiciansPer1000", "hospitalBedsPer1000", "arrivals2019", "arrivalsPerResident");
        // ... and no physicians, hospital beds or price level for Liechtenstein, a UN member.
        assertThat(CATALOGUE.get("LI").indicators())
                .doesNotContainKeys("physiciansPer1000", "hospitalBedsPer1000", "priceLevelRatio")
                .containsKeys("lifeExpectancyYears", "population");
        // No 2019 arrivals for Afghanistan, so no crowding ratio.
        assertThat(CATALOGUE.get("AF").indicators()).doesNotContainKeys("arrivals2019", "arrivalsPerResident");
        // Neither Logistics Performance Index edition covers the Vatican.
        assertThat(CATALOGUE.get("VA").indicators()).doesNotContainKey("lpiInfrastructure");
        // CLDR gives no share of English speakers for Japan: it is absent, not zero.
        assertThat(CATALOGUE.get("JP").languageSpeakersPct()).doesNotContainKey("en").containsEntry("ja", 95.0);
    }

    @Test
    void japan_has_its_languages_capital_emergency_numbers_and_twelve_months_of_climate() {
        DestinationRecord japan = CATALOGUE.get("JP");

        assertThat(japan.officialLanguages()).containsExactly("ja");
        assertThat(japan.languageSource()).isEqualTo("Unicode CLDR 37 territory info");
        assertThat(japan.capital()).isEqualTo(new Place("Tokyo", 35.6895, 139.69171));
        assertThat(japan.emergency()).isEqualTo(new EmergencyNumbers("110", "119", "119", null, "112",
                "Android Open Source Project emergency number database", "2023-12-28"));
        assertThat(japan.climate()).extracting(MonthClimate::month)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(japan.climate().get(7)).isEqualTo(new MonthClimate(8, 24.27, 1.0, 20.58, 28.01, 181.28, 53.99));
        assertThat(japan.climateSource()).isEqualTo("CRU CY v4.07 climatology");
        assertThat(japan.climateAsOf()).isEqualTo("1991-2020");
    }

    @Test
    void every_indicator_value_carries_a_source_and_an_as_of_date() {
        assertThat(CATALOGUE.values()).allSatisfy(destination -> assertThat(destination.indicators().values())
                .as(destination.id())
                .allSatisfy(value -> {
                    assertThat(value.source()).isNotBlank();
                    assertThat(value.asOf()).isNotBlank();
                }));
    }

    static List<String> unMemberStates() {
        try (InputStream in = OpenDataCatalogueTest.class.getResourceAsStream("/opendata/un-member-states.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(0, 2))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
