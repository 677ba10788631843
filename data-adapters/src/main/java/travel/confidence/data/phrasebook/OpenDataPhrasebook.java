package travel.confidence.data.phrasebook;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import travel.confidence.data.opendata.CsvTable;
import travel.confidence.data.opendata.OpenDataSettings;

/**
 * {@code phrasebook.csv} from the bundled open data (or a newer copy in the open data directory), read once.
 * A file that has lost a column this reader needs fails at start, naming the file and the column.
 */
@Singleton
class OpenDataPhrasebook implements Phrasebook {

    static final String FILE = "phrasebook.csv";
    static final List<String> COLUMNS = List.of("phrase_id", "english", "lang", "language", "text", "transliteration");
    static final String SOURCE = "Refugee Phrasebook (CC0), 2015";

    private final Map<String, Phrase> byPhraseAndLanguage;
    private final List<String> phraseIds;
    private final Set<String> languages;

    @Inject
    OpenDataPhrasebook(OpenDataSettings openData) {
        this(openData.files().read(FILE));
    }

    OpenDataPhrasebook(String csv) {
        CsvTable table = CsvTable.parse(FILE, csv, COLUMNS);
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (CSVRecord row : table.records()) {
            Optional<String> text = CsvTable.text(row, "text");
            if (text.isEmpty()) {
                continue;
            }
            String language = row.get("lang").strip().toLowerCase(Locale.ROOT);
            Phrase phrase = new Phrase(row.get("phrase_id").strip(), row.get("english").strip(), language,
                    row.get("language").strip(), text.get(), CsvTable.text(row, "transliteration").orElse(null));
            phrases.putIfAbsent(key(phrase.phraseId(), language), phrase);
            ids.add(phrase.phraseId());
            codes.add(language);
        }
        this.byPhraseAndLanguage = Map.copyOf(phrases);
        this.phraseIds = List.copyOf(ids);
        this.languages = Set.copyOf(codes);
    }

    private static String key(String phraseId, String language) {
        return phraseId + "/" + language;
    }

    @Override
    public Optional<Phrase> find(String phraseId, String language) {
        if (phraseId == null || language == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byPhraseAndLanguage.get(key(phraseId, language.strip().toLowerCase(Locale.ROOT))));
    }

    @Override
    public List<String> phraseIds() {
        return phraseIds;
    }

    @Override
    public Set<String> languages() {
        return languages;
    }

    @Override
    public String source() {
        return SOURCE;
    }
}
