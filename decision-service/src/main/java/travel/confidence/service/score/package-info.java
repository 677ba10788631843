/**
 * Confidence scoring over HTTP (/calculate, /preview): resolves the traveller and the rule version, runs the
 * decision under a time budget, caches it, and writes the auditable response. Reads destinations from the
 * catalogue; never edits rules or profiles.
 */
package travel.confidence.service.score;
