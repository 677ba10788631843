package travel.confidence.service.assistant;

import jakarta.inject.Singleton;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import travel.confidence.data.destination.DestinationRecord;

/** Names, numbers, lists, directions and durations said the way the traveller's language says them. */
@Singleton
class Wording {

    private static final String[] COMPASS = {"n", "ne", "e", "se", "s", "sw", "w", "nw"};

    private final Messages messages;

    Wording(Messages messages) {
        this.messages = messages;
    }

    /** "España" for Spain in Spanish; the catalogue's English name when the JDK has no name for the code. */
    String country(DestinationRecord destination, String language) {
        return country(destination.id(), destination.name(), language);
    }

    String country(String iso2, String englishName, String language) {
        if (iso2 == null) {
            return englishName;
        }
        String name = new Locale("", iso2).getDisplayCountry(messages.locale(language));
        return name.isBlank() || name.equalsIgnoreCase(iso2) ? englishName : name;
    }

    /** "alemán" for de in Spanish; the phrasebook's English name when the JDK has none. */
    String language(String code, String englishName, String language) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(messages.locale(language));
        return name.isBlank() || name.equalsIgnoreCase(code) ? englishName : name;
    }

    /** One decimal at most, with the language's decimal separator: "13.4" / "13,4". */
    String number(double value, String language) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale(language));
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** Whole kilometres from 10 km, one decimal below. */
    String km(double km, String language) {
        return number(km >= 10 ? Math.round(km) : Math.round(km * 10) / 10.0, language);
    }

    String month(int month, String language) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, messages.locale(language));
    }

    /** "a, b or c" in the language. */
    String either(List<String> items, String language) {
        return join(items, messages.template(language, "list.or"));
    }

    /** "a, b and c" in the language. */
    String all(List<String> items, String language) {
        return join(items, messages.template(language, "list.and"));
    }

    private static String join(List<String> items, String last) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }

    /** The eight-point compass word for a bearing in degrees (0 = north, clockwise). */
    String compass(double bearing, String language) {
        return messages.template(language, "compass." + compassPoint(bearing));
    }

    static String compassPoint(double bearing) {
        int index = (int) Math.round(((bearing % 360) + 360) % 360 / 45.0) % 8;
        return COMPASS[index];
    }

    /** "25 min", "3 h 10 min". */
    String duration(long minutes, String language) {
        if (minutes < 60) {
            return messages.text(language, "duration.minutes", "minutes", Math.max(1, minutes));
        }
        return messages.text(language, "duration.hours", "hours", minutes / 60, "minutes", minutes % 60);
    }
}
