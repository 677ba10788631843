/**
 * The destination catalogue over HTTP: list and detail with raw indicators and their provenance.
 * Reads the in-memory catalogue only; never writes.
 */
package travel.confidence.service.destination;
