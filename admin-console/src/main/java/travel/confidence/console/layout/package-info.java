/**
 * The frame around every view: the app bar with the product name and the signed-in member of staff, and the
 * side navigation. Knows the routes it links to, nothing of what they show.
 */
package travel.confidence.console.layout;
