/**
 * The landing view: a first look at the catalogue through the decision service. Placeholder until the
 * preview view arrives; reads only through the decision-service client.
 */
package travel.confidence.console.home;
