package travel.confidence.data.phrasebook;

import io.micronaut.core.annotation.Nullable;

/**
 * One phrase in one language.
 *
 * @param phraseId        the phrase's key, e.g. {@code thank_you}
 * @param english         the phrase in English, as the phrasebook gives it
 * @param language        the phrasebook's language code (ISO 639-1 where there is one, else ISO 639-3: {@code apc})
 * @param languageName    the phrasebook's English name of the language, e.g. "Arabic (Fusha)"
 * @param text            the phrase in that language; may carry variants ("a / b")
 * @param transliteration the phrase in Latin letters, when the phrasebook has it
 */
public record Phrase(String phraseId, String english, String language, String languageName, String text,
                     @Nullable String transliteration) {
}
