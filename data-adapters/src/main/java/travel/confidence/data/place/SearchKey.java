package travel.confidence.data.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form under which names and phrases are compared: lower case, accents dropped, every run of characters
 * that are neither letters nor digits turned into one space. "¿Dónde está Málaga?" and "donde esta malaga"
 * have the same key, so travellers need not type accents or punctuation.
 */
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT)
                // Letters that do not decompose into a base letter and a mark.
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ı", "i").replace("’", "'");
        String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(unaccented).replaceAll(" ").strip();
    }
}
