/**
 * A score shown the way the frontend shows it: the badge, the meter and the number (one formatted value for all
 * three, Property 4), the destination card, and the breakdown dialog whose contributions add up to the base
 * score (Property 5). Used by the preview and weights views; calls no service itself.
 */
package travel.confidence.console.scorecard;
