package travel.confidence.data.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import travel.confidence.data.destination.Advisory;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.destination.EmergencyNumbers;
import travel.confidence.data.destination.MonthClimate;
import travel.confidence.data.destination.Place;
import travel.confidence.data.destination.SourcedValue;
import travel.confidence.rules.model.Indicator;

/**
 * Builds the destination catalogue from the open data files: one record per ISO 3166-1 entity in
 * {@code countries.csv}, with every value the other files have for it and where that value comes from.
 * Nothing is estimated or filled in: a value the sources lack stays missing.
 */
public final class OpenDataCatalogue {

    /** Bump when the mapping from files to records changes, so stored catalogues are rebuilt. */
    public static final int FORMAT_VERSION = 1;

    static final String LPI_SOURCE = "World Bank Logistics Performance Index";
    static final String OPENFLIGHTS_SOURCE = "OpenFlights routes (June 2014)";
    static final String CLDR_SOURCE = "Unicode CLDR 37 territory info";
    static final String CRU_SOURCE = "CRU CY v4.07 climatology";
    static final String AOSP_SOURCE = "Android Open Source Project emergency number database";

    /** Where the World Bank's code differs from the alpha-3 code in countries.csv (Kosovo). */
    private static final Map<String, String> WORLD_BANK_CODE_BY_ISO3 = Map.of("UNK", "XKX");

    private final OpenDataFiles files;

    public OpenDataCatalogue(OpenDataFiles files) {
        this.files = files;
    }

    public List<DestinationRecord> build() {
        CsvTable countries = table("countries.csv", "iso2", "iso3", "name", "official_name", "capital", "region",
                "subregion", "lat", "lng", "un_member");
        Map<String, CSVRecord> advisories = byIso2(table("travel_advisories.csv", "iso2", "us_level", "us_text",
                "us_last_updated", "ca_level", "ca_text", "ca_last_updated", "au_level", "au_text", "au_last_updated",
                "max_level", "mean_level"));
        CsvTable transportTable = table("transport.csv", "iso2", "lpi_infrastructure_2023", "lpi_infrastructure_2018",
                "lpi_overall_2023", "openflights_international_inbound_routes", "openflights_countries_with_direct_routes_in");
        Map<String, CSVRecord> transport = byIso2(transportTable);
        CsvTable languageTable = table("languages_cldr.csv", "iso2", "english_speakers_pct", "official_languages",
                "top_languages_pct");
        Map<String, CSVRecord> languages = byIso2(languageTable);
        CsvTable climateTable = table("climate_monthly.csv", "iso2", "month", "tmean_c", "tmean_sd_c", "tmin_c",
                "tmax_c", "precip_mm", "precip_sd_mm");
        Map<String, List<CSVRecord>> climate = groupByIso2(climateTable);
        Map<String, CSVRecord> emergency = byIso2(table("emergency_numbers.csv", "iso2", "police", "ambulance", "fire",
                "single_number_all_services", "fallback_general"));
        Map<String, Place> capitals = capitals(table("cities.csv", "iso2", "name", "latitude", "longitude", "is_capital"));
        Map<WorldBankIndicator, WorldBankSeries> worldBank = new LinkedHashMap<>();
        for (WorldBankIndicator indicator : WorldBankIndicator.values()) {
            worldBank.put(indicator, WorldBankSeries.parse(indicator, files.read(indicator.file())));
        }

        List<DestinationRecord> records = new ArrayList<>();
        for (CSVRecord country : countries.records()) {
            String iso2 = country.get("iso2");
            String iso3 = country.get("iso3");
            Map<String, SourcedValue> indicators = new LinkedHashMap<>();
            List<Advisory> advisoryList = new ArrayList<>();
            Optional.ofNullable(advisories.get(iso2)).ifPresent(a -> addAdvisories(a, indicators, advisoryList));
            Optional.ofNullable(transport.get(iso2)).ifPresent(t -> addTransport(transportTable, t, indicators));
            addWorldBank(worldBank, iso3, indicators);
            CSVRecord language = languages.get(iso2);
            Map<String, Double> speakers = language == null ? Map.of() : speakers(languageTable, language);
            List<String> official = language == null ? List.of() : baseLanguages(CsvTable.list(language, "official_languages"));
            boolean hasLanguages = !official.isEmpty() || !speakers.isEmpty();
            List<MonthClimate> months = months(climateTable, climate.getOrDefault(iso2, List.of()));
            records.add(new DestinationRecord(iso2, iso3, country.get("name"), country.get("official_name"),
                    CsvTable.text(country, "region").orElse(""), CsvTable.text(country, "subregion").orElse(""),
                    "true".equalsIgnoreCase(country.get("un_member")), CsvTable.list(country, "capital"),
                    capitals.get(iso2), countries.number(country, "lat").orElse(null),
                    countries.number(country, "lng").orElse(null), official, speakers,
                    hasLanguages ? CLDR_SOURCE : null, hasLanguages ? "2020" : null, indicators, advisoryList, months,
                    months.isEmpty() ? null : CRU_SOURCE, months.isEmpty() ? null : "1991-2020",
                    emergency(emergency.get(iso2))));
        }
        return records;
    }

    private CsvTable table(String file, String... columns) {
        return CsvTable.parse(file, files.read(file), List.of(columns));
    }

    private static Map<String, CSVRecord> byIso2(CsvTable table) {
        Map<String, CSVRecord> map = new HashMap<>();
        table.records().forEach(r -> map.putIfAbsent(r.get("iso2"), r));
        return map;
    }

    private static Map<String, List<CSVRecord>> groupByIso2(CsvTable table) {
        Map<String, List<CSVRecord>> map = new HashMap<>();
        table.records().forEach(r -> map.computeIfAbsent(r.get("iso2"), k -> new ArrayList<>()).add(r));
        return map;
    }

    private void addAdvisories(CSVRecord row, Map<String, SourcedValue> indicators, List<Advisory> out) {
        String[][] governments = {
                {"us", "U.S. Department of State"}, {"ca", "Global Affairs Canada"}, {"au", "Australian Smartraveller"}};
        List<String> sources = new ArrayList<>();
        String latest = null;
        for (String[] government : governments) {
            Integer level = CsvTable.text(row, government[0] + "_level").map(Integer::valueOf).orElse(null);
            Optional<String> text = CsvTable.text(row, government[0] + "_text");
            String updated = CsvTable.text(row, government[0] + "_last_updated").orElse(null);
            if (level == null && text.isEmpty()) {
                continue;
            }
            out.add(new Advisory(government[1], level, text.orElse(""), updated));
            if (level != null) {
                sources.add(government[1]);
                if (updated != null && (latest == null || updated.compareTo(latest) > 0)) {
                    latest = updated;
                }
            }
        }
        String source = "Travel advisories: " + String.join(", ", sources);
        String asOf = latest == null ? "unknown" : latest;
        CsvTable.text(row, "max_level").map(Double::parseDouble).ifPresent(v ->
                indicators.put(Indicator.ADVISORY_MAX_LEVEL.key(), new SourcedValue(v, source, asOf)));
        CsvTable.text(row, "mean_level").map(Double::parseDouble).ifPresent(v ->
                indicators.put(Indicator.ADVISORY_MEAN_LEVEL.key(), new SourcedValue(v, source, asOf)));
    }

    private static void addTransport(CsvTable table, CSVRecord row, Map<String, SourcedValue> indicators) {
        Optional<Double> lpi2023 = table.number(row, "lpi_infrastructure_2023");
        if (lpi2023.isPresent()) {
            indicators.put(Indicator.LPI_INFRASTRUCTURE.key(), new SourcedValue(lpi2023.get(), LPI_SOURCE, "2023"));
        } else {
            table.number(row, "lpi_infrastructure_2018").ifPresent(v ->
                    indicators.put(Indicator.LPI_INFRASTRUCTURE.key(), new SourcedValue(v, LPI_SOURCE, "2018")));
        }
        table.number(row, "lpi_overall_2023").ifPresent(v ->
                indicators.put("lpiOverall", new SourcedValue(v, LPI_SOURCE, "2023")));
        table.number(row, "openflights_international_inbound_routes").ifPresent(v ->
                indicators.put(Indicator.INTERNATIONAL_INBOUND_ROUTES.key(), new SourcedValue(v, OPENFLIGHTS_SOURCE, "2014")));
        table.number(row, "openflights_countries_with_direct_routes_in").ifPresent(v ->
                indicators.put("countriesWithDirectRoutesIn", new SourcedValue(v, OPENFLIGHTS_SOURCE, "2014")));
    }

    private static void addWorldBank(Map<WorldBankIndicator, WorldBankSeries> worldBank, String iso3,
                                     Map<String, SourcedValue> indicators) {
        String wbIso3 = WORLD_BANK_CODE_BY_ISO3.getOrDefault(iso3, iso3);
        latest(worldBank, WorldBankIndicator.PHYSICIANS, wbIso3, Indicator.PHYSICIANS_PER_1000.key(), indicators);
        latest(worldBank, WorldBankIndicator.HOSPITAL_BEDS, wbIso3, Indicator.HOSPITAL_BEDS_PER_1000.key(), indicators);
        latest(worldBank, WorldBankIndicator.LIFE_EXPECTANCY, wbIso3, Indicator.LIFE_EXPECTANCY_YEARS.key(), indicators);
        latest(worldBank, WorldBankIndicator.PRICE_LEVEL, wbIso3, Indicator.PRICE_LEVEL_RATIO.key(), indicators);
        latest(worldBank, WorldBankIndicator.POPULATION, wbIso3, "population", indicators);
        Optional<Double> arrivals = worldBank.get(WorldBankIndicator.ARRIVALS).in(wbIso3, 2019);
        Optional<Double> residents = worldBank.get(WorldBankIndicator.POPULATION).in(wbIso3, 2019);
        arrivals.ifPresent(a -> indicators.put("arrivals2019", new SourcedValue(a, WorldBankIndicator.ARRIVALS.source(), "2019")));
        if (arrivals.isPresent() && residents.isPresent() && residents.get() > 0) {
            double perResident = Math.round(arrivals.get() / residents.get() * 10_000) / 10_000.0;
            indicators.put(Indicator.ARRIVALS_PER_RESIDENT.key(), new SourcedValue(perResident,
                    "World Bank WDI ST.INT.ARVL / SP.POP.TOTL", "2019"));
        }
    }

    private static void latest(Map<WorldBankIndicator, WorldBankSeries> worldBank, WorldBankIndicator indicator,
                               String iso3, String key, Map<String, SourcedValue> indicators) {
        worldBank.get(indicator).latest(iso3, indicator.oldestYear()).ifPresent(v ->
                indicators.put(key, new SourcedValue(v.value(), indicator.source(), String.valueOf(v.year()))));
    }

    /** Share of speakers by base language code ("zh_Hant" counts as "zh"), English from its own column. */
    private static Map<String, Double> speakers(CsvTable table, CSVRecord row) {
        Map<String, Double> pct = new HashMap<>();
        for (String entry : CsvTable.list(row, "top_languages_pct")) {
            int colon = entry.lastIndexOf(':');
            if (colon > 0) {
                try {
                    pct.merge(baseLanguage(entry.substring(0, colon)), Double.parseDouble(entry.substring(colon + 1)), Math::max);
                } catch (NumberFormatException e) {
                    throw new OpenDataFormatException(table.file(), "line " + row.getRecordNumber()
                            + ": '" + entry + "' is not language:percent");
                }
            }
        }
        table.number(row, "english_speakers_pct").ifPresent(v -> pct.put("en", v));
        return pct;
    }

    private static List<String> baseLanguages(List<String> codes) {
        return codes.stream().map(OpenDataCatalogue::baseLanguage).distinct().toList();
    }

    private static String baseLanguage(String code) {
        int underscore = code.indexOf('_');
        return (underscore > 0 ? code.substring(0, underscore) : code).toLowerCase();
    }

    private static List<MonthClimate> months(CsvTable table, List<CSVRecord> rows) {
        if (rows.size() != 12) {
            return List.of();
        }
        return rows.stream()
                .map(r -> new MonthClimate(Integer.parseInt(r.get("month")), table.number(r, "tmean_c").orElse(null),
                        table.number(r, "tmean_sd_c").orElse(null), table.number(r, "tmin_c").orElse(null),
                        table.number(r, "tmax_c").orElse(null), table.number(r, "precip_mm").orElse(null),
                        table.number(r, "precip_sd_mm").orElse(null)))
                .sorted(Comparator.comparingInt(MonthClimate::month))
                .toList();
    }

    private static EmergencyNumbers emergency(CSVRecord row) {
        if (row == null) {
            return null;
        }
        return new EmergencyNumbers(CsvTable.text(row, "police").orElse(null), CsvTable.text(row, "ambulance").orElse(null),
                CsvTable.text(row, "fire").orElse(null), CsvTable.text(row, "single_number_all_services").orElse(null),
                CsvTable.text(row, "fallback_general").orElse(null), AOSP_SOURCE, "2023-12-28");
    }

    private Map<String, Place> capitals(CsvTable cities) {
        Map<String, Place> capitals = new HashMap<>();
        for (CSVRecord row : cities.records()) {
            if ("1".equals(row.get("is_capital"))) {
                capitals.putIfAbsent(row.get("iso2"), new Place(row.get("name"),
                        cities.number(row, "latitude").orElseThrow(), cities.number(row, "longitude").orElseThrow()));
            }
        }
        return capitals;
    }
}
