package travel.confidence.data.advisory;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import travel.confidence.data.opendata.OpenDataSettings;

/**
 * Matches destination names as governments write them ("Burma (Myanmar)", "The Bahamas", "Israel, the West
 * Bank and Gaza") to ISO 3166-1 alpha-2 codes: by the common and official names in {@code countries.csv},
 * compared without accents, punctuation, case or a leading "the", and by an alias table for names that
 * differ. A name may stand for several destinations; an unknown name matches none.
 */
@Singleton
public class CountryNames {

    /** Names the feed uses that are neither a common nor an official name in countries.csv. */
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("burma", List.of("MM")),
            Map.entry("cote d ivoire", List.of("CI")),
            Map.entry("cabo verde", List.of("CV")),
            Map.entry("turkey", List.of("TR")),
            Map.entry("turkiye", List.of("TR")),
            Map.entry("holy see", List.of("VA")),
            Map.entry("macao", List.of("MO")),
            Map.entry("mainland china", List.of("CN")),
            Map.entry("mainland china hong kong and macau", List.of("CN", "HK", "MO")),
            Map.entry("israel the west bank and gaza", List.of("IL", "PS")),
            Map.entry("west bank and gaza", List.of("PS")),
            Map.entry("bonaire sint eustatius and saba", List.of("BQ")),
            Map.entry("bonaire", List.of("BQ")),
            Map.entry("saba", List.of("BQ")),
            Map.entry("sint eustatius", List.of("BQ")),
            Map.entry("republic of korea", List.of("KR")),
            Map.entry("democratic peoples republic of korea", List.of("KP")),
            Map.entry("congo democratic republic of the", List.of("CD")),
            Map.entry("congo republic of the", List.of("CG")),
            Map.entry("micronesia federated states of", List.of("FM")),
            Map.entry("u s virgin islands", List.of("VI")),
            Map.entry("heard island and mcdonald islands", List.of("HM")),
            Map.entry("kingdom of denmark", List.of("DK")),
            Map.entry("east timor", List.of("TL")),
            Map.entry("swaziland", List.of("SZ")),
            Map.entry("czech republic", List.of("CZ")),
            Map.entry("macedonia", List.of("MK")),
            Map.entry("the united kingdom", List.of("GB")));

    private final Map<String, List<String>> byName;

    @Inject
    CountryNames(OpenDataSettings openData) {
        this(openData.files().read("countries.csv"));
    }

    /** From the text of a countries.csv in the bundled layout (iso2, name, official_name ...). */
    public CountryNames(String countriesCsv) {
        Map<String, List<String>> names = new HashMap<>();
        try {
            String text = countriesCsv.startsWith("\uFEFF") ? countriesCsv.substring(1) : countriesCsv;
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text))) {
                String iso2 = row.get("iso2");
                names.putIfAbsent(normalise(row.get("name")), List.of(iso2));
                names.putIfAbsent(normalise(row.get("official_name")), List.of(iso2));
            }
        } catch (IOException e) {
            throw new IllegalStateException("countries.csv cannot be read", e);
        }
        ALIASES.forEach((alias, codes) -> names.put(normalise(alias), codes));
        this.byName = Map.copyOf(names);
    }

    /**
     * The ISO codes a name stands for: the whole name, else the name without a bracketed part, else the
     * bracketed part alone ("North Korea (Democratic People's Republic of Korea)").
     */
    public List<String> iso2(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<String> whole = byName.get(normalise(name));
        if (whole != null) {
            return whole;
        }
        int open = name.indexOf('(');
        int close = name.indexOf(')', open + 1);
        if (open > 0 && close > open) {
            List<String> outside = byName.get(normalise(name.substring(0, open) + name.substring(close + 1)));
            if (outside != null) {
                return outside;
            }
            List<String> inside = byName.get(normalise(name.substring(open + 1, close)));
            if (inside != null) {
                return inside;
            }
        }
        return List.of();
    }

    static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        if (plain.startsWith("the ")) {
            plain = plain.substring(4);
        }
        if (plain.startsWith("st ")) {
            plain = "saint " + plain.substring(3);
        }
        return plain.replace(" st ", " saint ");
    }
}
