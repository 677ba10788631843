/**
 * The bundled traveller phrasebook (Refugee Phrasebook, CC0): twenty phrases in up to 33 languages, read once
 * into memory. Owns reading {@code phrasebook.csv}; knows nothing of intents or answers.
 */
package travel.confidence.data.phrasebook;
