/**
 * Impact previews: a rule set version against the live one over the whole catalogue and a grid of personas and
 * months, plus a replay of recent logged decisions, run as background jobs. Decides in-process; changes nothing.
 */
package travel.confidence.service.impact;
