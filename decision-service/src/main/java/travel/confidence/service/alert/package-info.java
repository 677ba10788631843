/**
 * Alerts over the admin API (post, retract, list, import the advisory feed now) and keeping cached scores
 * honest when alerts change. Writes alerts only through the alert store; never scores.
 */
package travel.confidence.service.alert;
