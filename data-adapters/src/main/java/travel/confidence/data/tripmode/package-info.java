/**
 * Whether a traveller's trip mode is on, in the relational store (owned here; the service reads and writes it
 * only through {@link travel.confidence.data.tripmode.TripModeRepository}).
 */
package travel.confidence.data.tripmode;
