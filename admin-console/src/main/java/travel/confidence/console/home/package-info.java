/**
 * The landing view: where things stand (live rule set, quarantine waiting, running experiment) and a first look
 * at the catalogue. Reads only through the decision-service clients.
 */
package travel.confidence.console.home;
