/**
 * The rule set versions decisions run under: the live one of this instance (swapped atomically, never
 * half-replaced), how a user's decision picks its version ({@link travel.confidence.service.rules.RuleSelector}),
 * and how a version is found by name. Knows nothing about HTTP.
 */
package travel.confidence.service.rules;
