package travel.confidence.data.phrasebook;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Traveller phrases by phrase and language. */
public interface Phrasebook {

    /** The phrase in a language (case-insensitive code), when the phrasebook has it. */
    Optional<Phrase> find(String phraseId, String language);

    /** Every phrase id, in the phrasebook's order. */
    List<String> phraseIds();

    /** The language codes the phrasebook covers. */
    Set<String> languages();

    /** Where the phrases come from, for citing them. */
    String source();
}
