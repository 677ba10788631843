/**
 * Alerts in the document store: what operators and feeds post about a destination (seed: Alert, plus an
 * optional area and an expiry), retracted rather than deleted so the history stays. Announces every change
 * with {@link travel.confidence.data.alert.AlertChanged}; knows nothing of scores or caches.
 */
package travel.confidence.data.alert;
