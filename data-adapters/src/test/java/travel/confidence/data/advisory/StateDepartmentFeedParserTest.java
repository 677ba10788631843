package travel.confidence.data.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import travel.confidence.data.external.SourceUnavailableException;
import travel.confidence.data.opendata.OpenDataFiles;

class StateDepartmentFeedParserTest {

    private static String recorded(String name) throws IOException {
        try (InputStream in = StateDepartmentFeedParserTest.class.getClassLoader().getResourceAsStream("statedept/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void every_item_with_a_level_is_read_with_its_name_as_published() throws IOException {
        List<FeedAdvisory> advisories = StateDepartmentFeedParser.parse(recorded("TAsTWs.xml"));

        assertThat(advisories).extracting(FeedAdvisory::name).containsExactly("Japan", "France", "Burma (Myanmar)",
                "Cote d'Ivoire", "The Bahamas", "Israel, the West Bank and Gaza", "Portugal", "Germany", "Peru",
                "Turkey", "French West Indies");
        FeedAdvisory burma = advisories.get(2);
        assertThat(burma.level()).isEqualTo(4);
        assertThat(burma.levelText()).isEqualTo("Level 4: Do Not Travel");
        assertThat(burma.countryTag()).as("the feed's own tag, not an ISO code").isEqualTo("BM");
        assertThat(burma.published()).isEqualTo("Mon, 12 May 2025");
        assertThat(burma.link()).endsWith("/burma-travel-advisory.html");
    }

    @Test
    void titles_without_a_level_take_it_from_the_threat_level_category() {
        String feed = """
                <rss version="2.0"><channel><item><title>Iran Travel Advisory</title>
                <category domain="Threat-Level">Level 4: Do Not Travel</category></item></channel></rss>""";

        assertThat(StateDepartmentFeedParser.parse(feed)).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Iran");
            assertThat(a.level()).isEqualTo(4);
        });
    }

    @Test
    void an_html_error_page_or_an_external_entity_is_a_malformed_payload() throws IOException {
        assertThatThrownBy(() -> StateDepartmentFeedParser.parse(recorded("access-denied.html")))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("malformed payload");
        assertThatThrownBy(() -> StateDepartmentFeedParser.parse("""
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><title>&x; - Level 1: Exercise Normal Precautions</title></item></channel></rss>"""))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("not well-formed XML");
        assertThatThrownBy(() -> StateDepartmentFeedParser.parse("<feed><entry/></feed>"))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("not an RSS document");
    }

    @Test
    void feed_names_are_matched_to_iso_codes_by_name_and_alias() {
        CountryNames names = new CountryNames(OpenDataFiles.bundled().read("countries.csv"));

        assertThat(names.iso2("Japan")).containsExactly("JP");
        assertThat(names.iso2("Burma (Myanmar)")).containsExactly("MM");
        assertThat(names.iso2("Cote d'Ivoire")).containsExactly("CI");
        assertThat(names.iso2("Côte d’Ivoire")).containsExactly("CI");
        assertThat(names.iso2("The Bahamas")).containsExactly("BS");
        assertThat(names.iso2("The Gambia")).containsExactly("GM");
        assertThat(names.iso2("Israel, the West Bank and Gaza")).containsExactly("IL", "PS");
        assertThat(names.iso2("North Korea (Democratic People's Republic of Korea)")).containsExactly("KP");
        assertThat(names.iso2("Democratic Republic of the Congo")).containsExactly("CD");
        assertThat(names.iso2("Republic of the Congo")).containsExactly("CG");
        assertThat(names.iso2("Turkey")).containsExactly("TR");
        assertThat(names.iso2("Cabo Verde")).containsExactly("CV");
        assertThat(names.iso2("St Kitts and Nevis")).containsExactly("KN");
        assertThat(names.iso2("Sao Tome and Principe")).containsExactly("ST");
        assertThat(names.iso2("Bonaire, Sint Eustatius, and Saba")).containsExactly("BQ");
        assertThat(names.iso2("Mainland China, Hong Kong & Macau")).containsExactly("CN", "HK", "MO");
        assertThat(names.iso2("French West Indies")).isEmpty();
        assertThat(names.iso2("Worldwide Caution")).isEmpty();
    }

    @Test
    void publication_dates_are_read_with_or_without_a_time() {
        assertThat(AdvisoryImporter.published("Thu, 16 Apr 2026 18:30:00 GMT")).contains(Instant.parse("2026-04-16T18:30:00Z"));
        assertThat(AdvisoryImporter.published("Mon, 12 May 2025")).contains(Instant.parse("2025-05-12T00:00:00Z"));
        assertThat(AdvisoryImporter.published("Mon, 16 Jun 2026 12:00:00 EST")).contains(Instant.parse("2026-06-16T00:00:00Z"));
        assertThat(AdvisoryImporter.published("yesterday")).isEmpty();
    }
}
