/**
 * The live rule set of this instance: which compiled version decides right now. Swapped atomically, never
 * half-replaced. Knows nothing about HTTP.
 */
package travel.confidence.service.rules;
