/**
 * Preference learning (seed: Preference Learning Engine, PreferenceLearningData, Error Handling 6): takes in
 * implicit signals and post-trip feedback, holds implausible ones in quarantine, learns each traveller's
 * factor weights and taste, and supplies the learned affinity to scoring. Stores through data-adapters'
 * preference, weights and lock ports only; never edits rules or a traveller's own profile. The learning rule is in the
 * module README.
 */
package travel.confidence.service.preference;
