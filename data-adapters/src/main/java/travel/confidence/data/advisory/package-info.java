/**
 * Safety advisories: the {@link travel.confidence.data.advisory.AdvisorySource} port, the bundled advisory
 * snapshot as the offline default, the live U.S. State Department RSS feed (off by default) and the importer
 * that turns its level changes into alerts. Writes alerts only through the alert store.
 */
package travel.confidence.data.advisory;
