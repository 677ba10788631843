/**
 * Checks a rule set version must pass before it may be published: gaps and overlaps in its decision tables and
 * the seed's score properties against generated inputs. Pure functions of the rule set; no framework, no I/O.
 */
package travel.confidence.rules.check;
