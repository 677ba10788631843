package travel.confidence.service.assistant;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import travel.confidence.api.assistant.AssistantAction;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.data.phrasebook.Phrase;
import travel.confidence.data.phrasebook.Phrasebook;

/**
 * A phrase of the phrasebook in the destination's official languages (most spoken first, at most three), with
 * each language named and the transliteration when the phrasebook has one. A language the phrasebook lacks
 * (Japanese, Chinese, Thai ...) is said plainly instead of guessed.
 */
@Singleton
class TranslationCapability implements Capability {

    static final int MAX_LANGUAGES = 3;

    private final Phrasebook phrasebook;
    private final Messages messages;
    private final Wording wording;

    TranslationCapability(Phrasebook phrasebook, Messages messages, Wording wording) {
        this.phrasebook = phrasebook;
        this.messages = messages;
        this.wording = wording;
    }

    @Override
    public Intent intent() {
        return Intent.TRANSLATION;
    }

    @Override
    public Answer answer(Question q) {
        String language = q.language();
        DestinationRecord destination = q.destination();
        String country = wording.country(destination, language);
        List<String> local = localLanguages(destination);
        List<String> covered = local.stream().filter(phrasebook.languages()::contains).limit(MAX_LANGUAGES).toList();
        List<String> missing = local.stream().filter(l -> !phrasebook.languages().contains(l)).toList();
        String phraseId = q.topic() != null && phrasebook.phraseIds().contains(q.topic()) ? q.topic() : null;

        if (phraseId == null) {
            List<String> offered = phrasebook.phraseIds().stream()
                    .map(id -> phrasebook.find(id, language).or(() -> phrasebook.find(id, "en")).map(Phrase::text).orElse(id))
                    .map(t -> "“" + t + "”").toList();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("destinationId", destination.id());
            data.put("phrases", phrasebook.phraseIds());
            data.put("languages", covered);
            String text = messages.text(language, "translation.which", "country", country, "phrases",
                    String.join(", ", offered));
            return new Answer(text, List.of(new AssistantAction(Intent.TRANSLATION.wire(), data,
                    messages.template(language, "translation.display.which"))), Intent.TRANSLATION, null);
        }

        String asked = phrasebook.find(phraseId, language).or(() -> phrasebook.find(phraseId, "en"))
                .map(Phrase::text).orElse(phraseId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("destinationId", destination.id());
        data.put("phraseId", phraseId);
        data.put("phrase", asked);
        data.put("source", phrasebook.source());
        if (local.isEmpty()) {
            data.put("translations", List.of());
            return new Answer(messages.text(language, "translation.unknownLanguage", "country", country),
                    List.of(new AssistantAction(Intent.TRANSLATION.wire(), data,
                            messages.template(language, "translation.display.none"))), Intent.TRANSLATION, phraseId);
        }
        List<String> missingNames = missing.stream().map(l -> wording.language(l, l, language)).toList();
        if (covered.isEmpty()) {
            data.put("translations", List.of());
            data.put("notCovered", missing);
            String text = messages.text(language, "translation.notCovered", "languages",
                    wording.either(missingNames, language), "country", country, "phrase", asked);
            return new Answer(text, List.of(new AssistantAction(Intent.TRANSLATION.wire(), data,
                    messages.template(language, "translation.display.none"))), Intent.TRANSLATION, phraseId);
        }

        List<String> sentences = new ArrayList<>();
        List<Map<String, Object>> translations = new ArrayList<>();
        List<String> display = new ArrayList<>();
        for (String code : covered) {
            Phrase phrase = phrasebook.find(phraseId, code).orElse(null);
            if (phrase == null) {
                continue;
            }
            String languageName = wording.language(code, phrase.languageName(), language);
            String said = phrase.transliteration() == null ? phrase.text() : phrase.text() + " (" + phrase.transliteration() + ")";
            String sentence = messages.text(language, "translation.phrase", "phrase", asked, "language", languageName,
                    "country", country, "text", said);
            // The phrase may end its own sentence ("Onde fica a casa de banho?"): no full stop after it then.
            sentences.add(sentence.matches("(?s).*[.!?…]$") ? sentence : sentence + ".");
            Map<String, Object> translation = new LinkedHashMap<>();
            translation.put("language", code);
            translation.put("languageName", languageName);
            translation.put("text", phrase.text());
            if (phrase.transliteration() != null) {
                translation.put("transliteration", phrase.transliteration());
            }
            translations.add(translation);
            display.add(said);
        }
        if (!missing.isEmpty()) {
            sentences.add(messages.text(language, "translation.alsoSpoken", "languages", wording.either(missingNames, language)));
            data.put("notCovered", missing);
        }
        data.put("translations", translations);
        return new Answer(String.join(" ", sentences),
                List.of(new AssistantAction(Intent.TRANSLATION.wire(), data, String.join(" · ", display))),
                Intent.TRANSLATION, phraseId);
    }

    /** The official languages, the most spoken first (CLDR speaker shares; unknown shares last). */
    static List<String> localLanguages(DestinationRecord destination) {
        Map<String, Double> speakers = destination.languageSpeakersPct();
        return destination.officialLanguages().stream().distinct()
                .sorted(Comparator.comparingDouble((String l) -> Optional.ofNullable(speakers.get(l)).orElse(-1.0)).reversed())
                .toList();
    }
}
