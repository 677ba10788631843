/**
 * The default weights of a draft: edited as numbers that must add up to 1, previewed on a sample of destinations
 * before they are saved. Reads and writes only through the decision-service client.
 */
package travel.confidence.console.weights;
