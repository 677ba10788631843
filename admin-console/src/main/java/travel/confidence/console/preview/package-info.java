/**
 * The preview: a persona, dates and destinations, scored by the decision service's public calculate endpoint and
 * shown as the frontend's cards with their breakdown. Reads only through the decision-service client.
 */
package travel.confidence.console.preview;
