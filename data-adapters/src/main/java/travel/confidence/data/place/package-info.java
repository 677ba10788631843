/**
 * Places with coordinates from the bundled open data: GeoNames cities (population of 100,000 or more, and
 * every capital) and the Wikidata diplomatic missions, each read once into memory. Owns finding a place by
 * name; distances, directions and what to tell a traveller belong to the service.
 */
package travel.confidence.data.place;
