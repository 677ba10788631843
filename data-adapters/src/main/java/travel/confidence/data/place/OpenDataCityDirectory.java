package travel.confidence.data.place;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import travel.confidence.data.opendata.CsvTable;
import travel.confidence.data.opendata.OpenDataFormatException;
import travel.confidence.data.opendata.OpenDataSettings;

/**
 * {@code cities.csv} (GeoNames, CC BY 4.0) from the bundled open data or the open data directory, read once
 * and indexed by the search key of both the name and the ASCII name ("Köln", "Koeln").
 */
@Singleton
class OpenDataCityDirectory implements CityDirectory {

    static final String FILE = "cities.csv";
    static final List<String> COLUMNS = List.of("geonameid", "name", "asciiname", "iso2", "admin1_name", "latitude",
            "longitude", "feature_code", "population", "is_capital");
    static final String SOURCE = "GeoNames cities15000 (CC BY 4.0), 2025-11-19";
    private static final int MAX_NAME_WORDS = 6;
    private static final int SHORT_NAME = 4;

    private final Map<String, List<City>> byKey;
    private final Map<String, List<City>> byCountry;

    @Inject
    OpenDataCityDirectory(OpenDataSettings openData) {
        this(openData.files().read(FILE));
    }

    OpenDataCityDirectory(String csv) {
        CsvTable table = CsvTable.parse(FILE, csv, COLUMNS);
        Map<String, List<City>> keys = new HashMap<>();
        Map<String, List<City>> countries = new HashMap<>();
        for (CSVRecord row : table.records()) {
            City city = city(table, row);
            for (String key : List.of(SearchKey.of(city.name()), SearchKey.of(city.asciiName()))) {
                List<City> same = keys.computeIfAbsent(key, k -> new ArrayList<>());
                if (!key.isEmpty() && !same.contains(city)) {
                    same.add(city);
                }
            }
            countries.computeIfAbsent(city.countryIso2(), k -> new ArrayList<>()).add(city);
        }
        keys.remove("");
        keys.replaceAll((k, v) -> List.copyOf(v));
        countries.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingLong(City::population).reversed()).toList());
        this.byKey = Map.copyOf(keys);
        this.byCountry = Map.copyOf(countries);
    }

    private static City city(CsvTable table, CSVRecord row) {
        try {
            return new City(Long.parseLong(row.get("geonameid").strip()), row.get("name").strip(),
                    CsvTable.text(row, "asciiname").orElse(row.get("name").strip()),
                    row.get("iso2").strip().toUpperCase(Locale.ROOT), CsvTable.text(row, "admin1_name").orElse(null),
                    table.number(row, "latitude").orElseThrow(), table.number(row, "longitude").orElseThrow(),
                    row.get("feature_code").strip(), table.number(row, "population").orElse(0.0).longValue(),
                    "1".equals(row.get("is_capital").strip()));
        } catch (RuntimeException e) {
            if (e instanceof OpenDataFormatException format) {
                throw format;
            }
            throw new OpenDataFormatException(FILE, "line " + row.getRecordNumber() + " cannot be read: " + e.getMessage());
        }
    }

    @Override
    public Optional<CityMatch> findIn(String text, @Nullable String preferredCountry) {
        String country = preferredCountry == null ? null : preferredCountry.strip().toUpperCase(Locale.ROOT);
        String[] words = SearchKey.of(text).split(" ");
        CityMatch best = null;
        for (int size = Math.min(MAX_NAME_WORDS, words.length); size >= 1 && best == null; size--) {
            for (int start = 0; start + size <= words.length; start++) {
                String key = String.join(" ", java.util.Arrays.copyOfRange(words, start, start + size));
                Optional<City> city = pick(byKey.getOrDefault(key, List.of()), key, country);
                if (city.isPresent() && (best == null || better(city.get(), best.city(), country))) {
                    best = new CityMatch(city.get(), key);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<City> pick(List<City> candidates, String key, @Nullable String country) {
        return candidates.stream()
                .filter(c -> key.replace(" ", "").length() >= SHORT_NAME || c.countryIso2().equals(country))
                .min(preference(country));
    }

    private static boolean better(City candidate, City current, @Nullable String country) {
        return preference(country).compare(candidate, current) < 0;
    }

    private static Comparator<City> preference(@Nullable String country) {
        return Comparator.<City, Boolean>comparing(c -> !c.countryIso2().equals(country))
                .thenComparing(City::section)
                .thenComparing(c -> !c.capital())
                .thenComparing(Comparator.comparingLong(City::population).reversed());
    }

    @Override
    public List<City> inCountry(String iso2) {
        return iso2 == null ? List.of() : byCountry.getOrDefault(iso2.strip().toUpperCase(Locale.ROOT), List.of());
    }

    @Override
    public String source() {
        return SOURCE;
    }
}
