package travel.confidence.console.preview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Languages a persona can speak in the preview: ISO 639-1 codes (what the service reads) and their names. */
final class Languages {

    static final Map<String, String> NAMES = names();

    private Languages() {
    }

    static List<String> codes() {
        return List.copyOf(NAMES.keySet());
    }

    static String label(String code) {
        return NAMES.getOrDefault(code, code) + " (" + code + ")";
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        String[][] pairs = {
                {"en", "English"}, {"es", "Spanish"}, {"fr", "French"}, {"de", "German"}, {"it", "Italian"},
                {"pt", "Portuguese"}, {"nl", "Dutch"}, {"sv", "Swedish"}, {"pl", "Polish"}, {"el", "Greek"},
                {"ru", "Russian"}, {"tr", "Turkish"}, {"ar", "Arabic"}, {"he", "Hebrew"}, {"hi", "Hindi"},
                {"zh", "Chinese"}, {"ja", "Japanese"}, {"ko", "Korean"}, {"th", "Thai"}, {"vi", "Vietnamese"},
                {"id", "Indonesian"}, {"ms", "Malay"}, {"sw", "Swahili"}};
        for (String[] pair : pairs) {
            names.put(pair[0], pair[1]);
        }
        return names;
    }
}
